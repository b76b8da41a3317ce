package fi.saatava.simulators.court;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
import fi.saatava.simulators.web.Problems;

/**
 * A district court's system interface for summary civil cases, in the manner of Santra (spec §8): applications in,
 * decisions out through the judgment register, which the filer polls and acknowledges.
 */
@RestController
@RequestMapping("/court/v1")
public class CourtController {

    public static final String SYSTEM = "court";
    static final String FILE_SUMMONS = "POST /court/v1/summons-applications";

    private final ScriptedIntake intake;
    private final Court court;

    public CourtController(ScriptedIntake intake, Court court) {
        this.intake = intake;
        this.court = court;
    }

    @PostMapping("/summons-applications")
    public ResponseEntity<Object> file(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode application) {
        return intake.handle(SYSTEM, FILE_SUMMONS, key, application, ScriptedOperation.of(
                SummonsApplicationChecks::problems, "defendant", (filingId, body) -> SimulatedResponse.of(
                        HttpStatus.CREATED, court.receive(filingId, body, script(body)))));
    }

    /** The decisions not yet acknowledged, oldest first. */
    @GetMapping("/decisions")
    public List<CourtDecision> decisions() {
        return court.decisions();
    }

    @PostMapping("/decisions/{decisionId}/acknowledgement")
    public ResponseEntity<Object> acknowledge(@PathVariable String decisionId) {
        return court.acknowledge(decisionId) ? ResponseEntity.noContent().build() : Problems.notFound("No such decision");
    }

    private static CourtScript script(JsonNode body) {
        return CourtScript.of(ScriptDigits.ofParty(body.path("defendant")));
    }
}
