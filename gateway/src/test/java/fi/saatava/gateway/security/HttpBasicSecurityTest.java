package fi.saatava.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.gateway.support.ClaimJson;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.gateway.support.ProcessDriver;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@GatewayTest
class HttpBasicSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    ProcessDriver driver;

    private String engineRest(String path) {
        return "/engine-rest/engine/" + processEngine.getName() + path;
    }

    @Test
    void engineRestRejectsRequestsWithoutCredentials() {
        ResponseEntity<String> response = http.getForEntity(engineRest("/process-definition/count"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void engineRestRejectsAWrongPassword() {
        // A user of its own: a failed login locks the user for a few seconds, which must not hit the admin.
        IdentityService identityService = processEngine.getIdentityService();
        if (identityService.createUserQuery().userId("mistyped").count() == 0) {
            User user = identityService.newUser("mistyped");
            user.setPassword("the-password");
            identityService.saveUser(user);
        }

        ResponseEntity<String> response = http.withBasicAuth("mistyped", "not-the-password")
                .getForEntity(engineRest("/process-definition/count"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestServesTheConfiguredAdmin() {
        ResponseEntity<String> response = http.withBasicAuth("admin", "admin")
                .getForEntity(engineRest("/process-definition/count"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"count\"");
    }

    @Test
    void engineRestOnTheDefaultPathAlsoRequiresCredentials() {
        ResponseEntity<String> response = http.getForEntity("/engine-rest/process-definition/count", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void internalApiRejectsRequestsWithoutCredentials() {
        ResponseEntity<String> response = http.getForEntity(
                "/api/internal/letters/00000000-0000-0000-0000-000000000000", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void internalApiServesTheConfiguredAdmin() {
        String claimId = driver.submit(ClaimJson.validConsumerClaim().toString());

        ResponseEntity<String> without = http.getForEntity(
                "/api/internal/claims/" + claimId + "/credit-check-subject", String.class);
        ResponseEntity<String> with = http.withBasicAuth("admin", "admin").getForEntity(
                "/api/internal/claims/" + claimId + "/credit-check-subject", String.class);

        assertThat(without.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(with.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAdminIsAnOperatorSoTasklistShowsOperatorTasks() {
        assertThat(processEngine.getIdentityService().createUserQuery().userId("admin")
                .memberOfGroup(ProcessContract.Groups.OPERATORS).count()).isEqualTo(1);
    }

    @Test
    void healthIsOpenAndUp() {
        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"UP\"");
    }

    @Test
    void cockpitIsServed() {
        ResponseEntity<String> response = http.getForEntity("/camunda/app/cockpit/", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
