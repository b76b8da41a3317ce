package fi.saatava.simulators.draftregistry;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import fi.saatava.simulators.recording.SimulatedResponse;
import fi.saatava.simulators.script.ScriptDigits;
import fi.saatava.simulators.script.ScriptedIntake;
import fi.saatava.simulators.script.ScriptedOperation;
import fi.saatava.simulators.web.FieldProblem;
import fi.saatava.simulators.web.Problems;

/**
 * The credit bureau's tratta register and payment notices, beside its report API: {@code /credit-bureau/v1/drafts}
 * and {@code /credit-bureau/v1/payment-notices}. Recorded as system {@value #SYSTEM}.
 */
@RestController
@RequestMapping("/credit-bureau/v1")
public class DraftRegistryController {

    public static final String SYSTEM = "draft-registry";
    static final String REGISTER = "POST /credit-bureau/v1/drafts";
    static final String PUBLISH = "POST /credit-bureau/v1/drafts/{draftId}/publication";
    static final String PAYMENT_NOTICE = "POST /credit-bureau/v1/payment-notices";

    private final ScriptedIntake intake;
    private final DraftRegistry registry;

    public DraftRegistryController(ScriptedIntake intake, DraftRegistry registry) {
        this.intake = intake;
        this.registry = registry;
    }

    @PostMapping("/drafts")
    public ResponseEntity<Object> register(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode draft) {
        return intake.handle(SYSTEM, REGISTER, key, draft,
                ScriptedOperation.of(DraftChecks::registration, "debtor", (k, body) -> registry.register(body)));
    }

    @PostMapping("/drafts/{draftId}/publication")
    public ResponseEntity<Object> publish(@PathVariable String draftId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody JsonNode request) {
        Optional<Draft> draft = registry.draft(draftId);
        if (draft.isEmpty()) {
            return Problems.notFound("No such tratta");
        }
        return intake.handle(SYSTEM, PUBLISH.replace("{draftId}", draftId), key, request, new ScriptedOperation() {
            @Override
            public List<FieldProblem> problems(JsonNode body) {
                return DraftChecks.publication(body, draft.get());
            }

            @Override
            public int digits(JsonNode body) {
                return ScriptDigits.ofParty(draft.get().debtor());
            }

            @Override
            public SimulatedResponse perform(String idempotencyKey, JsonNode body) {
                return registry.publish(draftId);
            }
        });
    }

    @PostMapping("/payment-notices")
    public ResponseEntity<Object> paymentNotice(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode notice) {
        return intake.handle(SYSTEM, PAYMENT_NOTICE, key, notice,
                ScriptedOperation.of(DraftChecks::paymentNotice, "debtor", (k, body) -> registry.paymentNotice(body)));
    }
}
