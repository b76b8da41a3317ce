package fi.saatava.gateway.claims;

import java.net.URI;
import java.util.UUID;

import fi.saatava.gateway.process.ProcessStateReader;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The creditor API for claims. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class ClaimController {

    private final ClaimIntake intake;
    private final ClaimRepository claims;
    private final ProcessStateReader processStates;

    ClaimController(ClaimIntake intake, ClaimRepository claims, ProcessStateReader processStates) {
        this.intake = intake;
        this.claims = claims;
        this.processStates = processStates;
    }

    record ClaimCreated(UUID id) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimCreated> submit(@Valid @RequestBody ClaimRequest request) {
        UUID id = intake.submit(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new ClaimCreated(id));
    }

    @GetMapping("/{id}")
    ClaimView show(@PathVariable UUID id) {
        Claim claim = claims.find(id).orElseThrow(() -> new ClaimNotFoundException(id));
        return ClaimView.of(claim, processStates.read(claim.processInstanceId()));
    }
}
