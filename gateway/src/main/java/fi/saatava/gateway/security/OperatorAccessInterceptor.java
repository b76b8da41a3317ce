package fi.saatava.gateway.security;

import java.util.List;
import java.util.Set;

import fi.saatava.process.ProcessContract;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.problem.ProblemTypes;

/**
 * The admin API is for collection operators and Camunda administrators: HTTP basic (checked by Camunda's filter)
 * proves who the user is, this checks the user's groups.
 */
class OperatorAccessInterceptor implements HandlerInterceptor {

    private static final Set<String> ALLOWED_GROUPS = Set.of(Groups.CAMUNDA_ADMIN, ProcessContract.Groups.OPERATORS);

    private final IdentityService identityService;

    OperatorAccessInterceptor(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> groups = authentication == null || authentication.getGroupIds() == null
                ? List.of() : authentication.getGroupIds();
        if (groups.stream().noneMatch(ALLOWED_GROUPS::contains)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemResponses.problem(HttpStatus.FORBIDDEN,
                    ProblemTypes.FORBIDDEN, "Forbidden", "Only collection operators and administrators may use the "
                            + "admin API"), null);
        }
        return true;
    }
}
