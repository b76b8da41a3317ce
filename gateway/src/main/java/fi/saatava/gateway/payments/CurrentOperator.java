package fi.saatava.gateway.payments;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who made an admin API request: the Camunda user HTTP basic authenticated, recorded with every money decision. */
@Component
public class CurrentOperator {

    private final IdentityService identityService;

    CurrentOperator(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String name() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new IllegalStateException("No authenticated operator: is the request outside /api/admin?");
        }
        return authentication.getUserId();
    }
}
