package fi.saatava.gateway.claims;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The creditor API: submitting a claim. */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class ClaimController {

    private final ClaimIntake intake;

    ClaimController(ClaimIntake intake) {
        this.intake = intake;
    }

    record ClaimCreated(UUID id) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClaimCreated> submit(@Valid @RequestBody ClaimRequest request) {
        UUID id = intake.submit(request);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new ClaimCreated(id));
    }
}
