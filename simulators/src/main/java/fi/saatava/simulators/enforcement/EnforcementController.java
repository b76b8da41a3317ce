package fi.saatava.simulators.enforcement;

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
 * The enforcement authority's interface for high-volume applicants (tietojärjestelmähakija, UK 3:1 3 k; spec §9):
 * applications in, remittances and obstacle certificates out as events the applicant polls and acknowledges.
 */
@RestController
@RequestMapping("/enforcement/v1")
public class EnforcementController {

    public static final String SYSTEM = "enforcement";
    static final String FILE_APPLICATION = "POST /enforcement/v1/applications";

    private final ScriptedIntake intake;
    private final EnforcementAuthority authority;

    public EnforcementController(ScriptedIntake intake, EnforcementAuthority authority) {
        this.intake = intake;
        this.authority = authority;
    }

    @PostMapping("/applications")
    public ResponseEntity<Object> file(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody JsonNode application) {
        return intake.handle(SYSTEM, FILE_APPLICATION, key, application, ScriptedOperation.of(
                EnforcementApplicationChecks::problems, "respondent", (filingId, body) -> SimulatedResponse.of(
                        HttpStatus.CREATED, authority.receive(filingId, body, script(body)))));
    }

    /** The events not yet acknowledged, oldest first. */
    @GetMapping("/events")
    public List<EnforcementEvent> events() {
        return authority.events();
    }

    @PostMapping("/events/{eventId}/acknowledgement")
    public ResponseEntity<Object> acknowledge(@PathVariable String eventId) {
        return authority.acknowledge(eventId) ? ResponseEntity.noContent().build() : Problems.notFound("No such event");
    }

    private static EnforcementScript script(JsonNode body) {
        return EnforcementScript.of(ScriptDigits.ofParty(body.path("respondent")));
    }
}
