package fi.saatava.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.creditors.ApiKeys;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.problem.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The creditor API's authentication: {@code Authorization: Bearer <API key>} (RFC 6750). A missing, unknown or
 * revoked key is answered 401 problem+json; a valid one puts the creditor on the request for the controllers.
 */
class BearerKeyFilter extends OncePerRequestFilter {

    static final String CREDITOR_ATTRIBUTE = AuthenticatedCreditor.class.getName();
    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final ObjectMapper json;

    BearerKeyFilter(ApiKeys apiKeys, ObjectMapper json) {
        this.apiKeys = apiKeys;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(request, response, "Bearer realm=\"saatava\"",
                    "Send the creditor's API key as 'Authorization: Bearer <key>'");
            return;
        }
        Optional<ApiKeys.KeyHolder> holder = apiKeys.holderOf(authorization.substring(BEARER.length()).trim());
        if (holder.isEmpty()) {
            reject(request, response, "Bearer realm=\"saatava\", error=\"invalid_token\"",
                    "The API key is unknown or was revoked");
            return;
        }
        request.setAttribute(CREDITOR_ATTRIBUTE,
                new AuthenticatedCreditor(holder.get().creditorId(), holder.get().creditorName()));
        chain.doFilter(request, response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, String challenge, String detail)
            throws IOException {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED,
                "Unauthorized", detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
