package fi.saatava.simulators.script;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.Exchange;
import fi.saatava.simulators.recording.RequestJournal;
import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.recording.SimulatedResponses;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.Problems;

/**
 * The way the court, enforcement, insolvency and tratta APIs take a filing: recorded in the journal and deduplicated
 * by {@code Idempotency-Key} (required), checked field by field, then refused or delayed by the debtor's
 * {@link DeliveryScript}, and only then performed, once per key.
 */
@Component
public class ScriptedIntake {

    private final RequestJournal journal;
    private final SlowAnswers slowAnswers;

    public ScriptedIntake(RequestJournal journal, SlowAnswers slowAnswers) {
        this.journal = journal;
        this.slowAnswers = slowAnswers;
    }

    public ResponseEntity<Object> handle(String system, String operationName, String idempotencyKey, JsonNode body,
            ScriptedOperation operation) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        Exchange exchange = journal.exchange(system, operationName, key, body,
                delivery -> answer(system, key, body, delivery, operation));
        if (exchange.response().status() < 300) {
            slowAnswers.hold(DeliveryScript.of(operation.digits(body)), exchange);
        }
        return SimulatedResponses.toEntity(exchange);
    }

    private static SimulatedResponse answer(String system, String key, JsonNode body, int delivery,
            ScriptedOperation operation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (key == null) {
            problems.add(new FieldProblem("Idempotency-Key", "header is required"));
        }
        problems.addAll(operation.problems(body));
        if (!problems.isEmpty()) {
            return Problems.badRequest(problems);
        }
        return DeliveryScript.of(operation.digits(body)).refusal(delivery, system)
                .orElseGet(() -> operation.perform(key, body));
    }
}
