package fi.saatava.simulators.creditbureau;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.saatava.simulators.recording.Exchange;
import fi.saatava.simulators.recording.RequestJournal;
import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.recording.SimulatedResponses;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.Problems;

/**
 * A credit bureau's report API (in the manner of Suomen Asiakastieto or Dun &amp; Bradstreet Finland):
 * {@code POST /credit-bureau/v1/reports}. Outcomes follow {@link ScriptedOutcome}.
 */
@RestController
@RequestMapping("/credit-bureau/v1")
public class CreditBureauController {

    public static final String SYSTEM = "credit-bureau";
    static final String ORDER_REPORT = "POST /credit-bureau/v1/reports";

    private final RequestJournal journal;
    private final CreditBureauScript script;
    private final ObjectMapper json;

    public CreditBureauController(RequestJournal journal, CreditBureauScript script, ObjectMapper json) {
        this.journal = journal;
        this.script = script;
        this.json = json;
    }

    @PostMapping("/reports")
    public ResponseEntity<Object> orderReport(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody JsonNode body) {
        Exchange exchange = journal.exchange(SYSTEM, ORDER_REPORT, blankToNull(idempotencyKey), body,
                delivery -> answer(idempotencyKey, body, delivery));
        return SimulatedResponses.toEntity(exchange);
    }

    private SimulatedResponse answer(String idempotencyKey, JsonNode body, int delivery) {
        ReportRequest request;
        try {
            request = json.treeToValue(body, ReportRequest.class);
        } catch (JsonProcessingException e) {
            return Problems.badRequest(List.of(new FieldProblem("body", "is not a report request")));
        }
        List<FieldProblem> problems = new ArrayList<>(ReportRequestValidator.problems(request));
        if (blankToNull(idempotencyKey) == null) {
            problems.add(0, new FieldProblem("Idempotency-Key", "header is required"));
        }
        if (!problems.isEmpty()) {
            return Problems.badRequest(problems);
        }
        ScriptedOutcome outcome = ScriptedOutcome.of(request.subjectType(), request.identityCode());
        if (outcome == ScriptedOutcome.UNAVAILABLE || (outcome == ScriptedOutcome.FLAKY && delivery == 1)) {
            return SimulatedResponse.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The credit bureau is temporarily unavailable; retry with the same Idempotency-Key");
        }
        return SimulatedResponse.of(HttpStatus.CREATED, script.report(request.subjectType(), outcome));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
