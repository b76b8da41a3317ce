package fi.saatava.worker.kit.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import fi.saatava.worker.kit.task.PermanentFailureException;

@SpringBootTest(classes = GatewayClientTest.ProbeApplication.class,
        properties = {"saatava.gateway.user=worker", "saatava.gateway.password=s3cret",
                "camunda.bpm.client.disable-auto-fetching=true"})
class GatewayClientTest {

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void gatewayUrl(DynamicPropertyRegistry registry) {
        registry.add("saatava.gateway.url", gateway::baseUrl);
    }

    @Autowired
    ProbeClient client;

    @Autowired
    Environment environment;

    @Test
    void sendsTheGatewayCredentialsAsHttpBasic() {
        gateway.stubFor(get("/api/internal/probe/7").willReturn(okJson("{\"state\":\"ok\"}")));

        assertThat(client.probe("7")).containsEntry("state", "ok");

        // base64("worker:s3cret")
        gateway.verify(getRequestedFor(urlEqualTo("/api/internal/probe/7"))
                .withHeader("Authorization", equalTo("Basic d29ya2VyOnMzY3JldA==")));
    }

    @Test
    void clientErrorsArePermanentAndNameStatusAndPathButNotTheBody() {
        gateway.stubFor(get("/api/internal/probe/8").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"not found\",\"detail\":\"hetu 131052-308T\"}")));

        assertThatThrownBy(() -> client.probe("8"))
                .isInstanceOf(RemoteRejectedException.class)
                .isInstanceOf(PermanentFailureException.class)
                .hasMessage("gateway answered 404 to GET /api/internal/probe/8")
                .satisfies(e -> assertThat(((RemoteRejectedException) e).status()).isEqualTo(404));
    }

    @Test
    void serverErrorsAndThrottlingAreRetryable() {
        gateway.stubFor(get("/api/internal/probe/9").willReturn(aResponse().withStatus(503)));
        gateway.stubFor(get("/api/internal/probe/10").willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> client.probe("9")).isInstanceOf(RemoteUnavailableException.class)
                .hasMessage("gateway answered 503 to GET /api/internal/probe/9");
        assertThatThrownBy(() -> client.probe("10")).isInstanceOf(RemoteUnavailableException.class);
    }

    @Test
    void theTaskClientTalksToTheGatewaysEngineRestWithTheSameCredentials() {
        assertThat(environment.getProperty("camunda.bpm.client.base-url")).isEqualTo(gateway.baseUrl() + "/engine-rest");
        assertThat(environment.getProperty("camunda.bpm.client.basic-auth.username")).isEqualTo("worker");
        assertThat(environment.getProperty("camunda.bpm.client.basic-auth.password")).isEqualTo("s3cret");
    }

    @FeignClient(contextId = "probe", name = "gateway-probe", url = "${saatava.gateway.url}",
            configuration = GatewayClientConfiguration.class)
    interface ProbeClient {
        @GetMapping("/api/internal/probe/{id}")
        Map<String, String> probe(@PathVariable("id") String id);
    }

    @SpringBootApplication
    @EnableFeignClients(clients = ProbeClient.class)
    static class ProbeApplication {
    }
}
