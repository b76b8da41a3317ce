package fi.saatava.gateway.claims;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The credit-check worker's view of a claim (docs/contracts.md, internal API); HTTP basic, see security. */
@RestController
@RequestMapping(path = "/api/internal/claims/{claimId}", produces = MediaType.APPLICATION_JSON_VALUE)
class InternalClaimController {

    private final ClaimRepository claims;

    InternalClaimController(ClaimRepository claims) {
        this.claims = claims;
    }

    /** @param identityCode unmasked: the bureau needs it. Personal data, served only behind authentication. */
    record CreditCheckSubject(String debtorType, String identityCode, String name) {
    }

    @GetMapping("/credit-check-subject")
    CreditCheckSubject creditCheckSubject(@PathVariable UUID claimId) {
        Debtor debtor = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId)).debtor();
        return new CreditCheckSubject(debtor.type().name(), debtor.identityCode(), debtor.name());
    }
}
