package fi.saatava.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

/** The operators' money API as tests call it: single payments and bank statements, with the admin's credentials. */
public class MoneyApi {

    private final GatewayHttp http;

    MoneyApi(GatewayHttp http) {
        this.http = http;
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
}
