package fi.saatava.gateway.claimstatus;

import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.process.ProcessStateReader;
import fi.saatava.gateway.security.AuthenticatedCreditor;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The creditor API: where a claim stands (stored data, process state and letters). */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class ClaimStatusController {

    private final ClaimRepository claims;
    private final ProcessStateReader processStates;
    private final LetterRepository letters;
    private final ClaimEvents events;

    ClaimStatusController(ClaimRepository claims, ProcessStateReader processStates, LetterRepository letters,
                          ClaimEvents events) {
        this.claims = claims;
        this.processStates = processStates;
        this.letters = letters;
        this.events = events;
    }

    @GetMapping("/{id}")
    ClaimView show(@Parameter(hidden = true) AuthenticatedCreditor creditor, @PathVariable UUID id) {
        Claim claim = claims.findOfCreditor(creditor.id(), id).orElseThrow(() -> new ClaimNotFoundException(id));
        return ClaimView.of(claim, processStates.read(claim.processInstanceId()), letters.summaries(id),
                events.notices(id));
    }
}
