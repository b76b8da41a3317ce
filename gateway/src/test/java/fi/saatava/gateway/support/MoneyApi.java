package fi.saatava.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/**
 * The operators' money API as tests call it, with the admin's credentials: single payments, bank statements,
 * settlement runs and the client-funds report.
 */
public class MoneyApi {

    private final GatewayHttp http;
    private final ManagementService managementService;

    MoneyApi(GatewayHttp http, ManagementService managementService) {
        this.http = http;
        this.managementService = managementService;
    }

    /** A payment with its own bank reference, entered by an operator; returns the stored payment. */
    public JsonNode pay(String reference, String amount, LocalDate date) {
        GatewayHttp.Answer answer = postJson("/api/admin/payments", """
                {"bankReference": "%s", "amount": "%s", "date": "%s", "reference": "%s",
                 "payer": {"name": "Maija Meikäläinen", "iban": "FI21 1234 5600 0007 85"}}"""
                .formatted("TEST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24), amount, date, reference));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(HttpStatus.CREATED);
        return answer.body();
    }

    public GatewayHttp.Answer importStatement(byte[] camt054) {
        return http.exchangeAsAdmin(RequestEntity.post("/api/admin/bank-statements")
                .contentType(MediaType.APPLICATION_XML).body(camt054));
    }

    public GatewayHttp.Answer postJson(String path, String json) {
        return http.exchangeAsAdmin(RequestEntity.post(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    /**
     * Starts a settlement run as an operator would and plays the job executor until it ends; returns the run with its
     * settlements, as {@code GET /api/admin/settlement-runs} lists it.
     */
    public JsonNode settlementRun() {
        GatewayHttp.Answer started = postJson("/api/admin/settlement-runs", "");
        assertThat(started.status()).isEqualTo(HttpStatus.ACCEPTED);
        String processInstanceId = started.body().get("processInstanceId").asText();
        for (Job job = nextJob(processInstanceId); job != null; job = nextJob(processInstanceId)) {
            managementService.executeJob(job.getId());
        }
        for (JsonNode run : http.getAsAdmin("/api/admin/settlement-runs").body()) {
            if (run.at("/run/processInstanceId").asText().equals(processInstanceId)) {
                assertThat(run.at("/run/finishedAt").isNull()).as("finished").isFalse();
                return run;
            }
        }
        throw new AssertionError("no settlement run of process " + processInstanceId);
    }

    private Job nextJob(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).messages().singleResult();
    }

    /** The client-funds report (PerintäL 11 §) as it is now. */
    public JsonNode clientFunds() {
        GatewayHttp.Answer report = http.getAsAdmin("/api/admin/client-funds");
        assertThat(report.status()).isEqualTo(HttpStatus.OK);
        return report.body();
    }

    /** The creditor's part of a client-funds report. */
    public static JsonNode creditorFunds(JsonNode report, String creditorId) {
        for (JsonNode creditor : report.get("creditors")) {
            if (creditor.get("creditorId").asText().equals(creditorId)) {
                return creditor;
            }
        }
        throw new AssertionError("creditor " + creditorId + " not in the client-funds report");
    }

    /** How much a figure of the client-funds report moved between two readings. */
    public static BigDecimal change(JsonNode before, JsonNode after, String field) {
        return new BigDecimal(after.get(field).asText()).subtract(new BigDecimal(before.get(field).asText()));
    }

    /** The claim's line in a client-funds report, or null when nothing of it is held. */
    public static JsonNode claimFunds(JsonNode report, UUID claimId) {
        for (JsonNode creditor : report.get("creditors")) {
            for (JsonNode claim : creditor.get("claims")) {
                if (claim.get("claimId").asText().equals(claimId.toString())) {
                    return claim;
                }
            }
        }
        return null;
    }
}
