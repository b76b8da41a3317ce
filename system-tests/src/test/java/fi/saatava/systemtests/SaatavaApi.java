package fi.saatava.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Saatava's HTTP APIs as a creditor, an operator and a demo would call them: the creditor API with a bearer key, the
 * operators' admin API and the engine REST API with HTTP basic, and the simulators' journal and mail server.
 */
final class SaatavaApi {

    private static final String OPERATOR = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient gateway;
    private final RestClient simulators;
    private String apiKey;

    SaatavaApi(RunningSystem system) {
        this.gateway = RestClient.builder().baseUrl(system.gatewayUrl())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        this.simulators = RestClient.create(system.simulatorsUrl());
    }

    /** An answer's status and JSON body (a problem for errors). */
    record Answer(HttpStatusCode status, JsonNode body) {
    }

    /** Registers a creditor as an operator and keeps its API key for the creditor calls. */
    Answer registerCreditor(String registration) {
        Answer registered = asOperator(gateway.post().uri("/api/admin/creditors"), registration);
        apiKey = registered.body().at("/apiKey/key").asText();
        return registered;
    }

    Answer submitClaim(String claim) {
        return answer(gateway.post().uri("/api/v1/claims").header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .contentType(MediaType.APPLICATION_JSON).body(claim).retrieve().toEntity(JsonNode.class));
    }

    JsonNode claim(String claimId) {
        return gateway.get().uri("/api/v1/claims/{id}", claimId).header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .retrieve().body(JsonNode.class);
    }

    Answer recordPayment(String payment) {
        return asOperator(gateway.post().uri("/api/admin/payments"), payment);
    }

    Answer moveClock(String move) {
        return asOperator(gateway.post().uri("/api/admin/simulation/clock"), move);
    }

    /** The claim's process instances (the collection process and any process it called), engine REST. */
    List<JsonNode> processInstances(String claimId) {
        return list(engine("/process-instance?businessKey={key}", claimId));
    }

    /** The timers of the claim's process instances. */
    List<JsonNode> timers(String claimId) {
        List<JsonNode> timers = new ArrayList<>();
        for (JsonNode instance : processInstances(claimId)) {
            timers.addAll(list(engine("/job?timers=true&processInstanceId={id}", instance.get("id").asText())));
        }
        return timers;
    }

    /** The claim's open user tasks, as Tasklist shows them to operators. */
    List<JsonNode> tasks(String claimId) {
        return list(engine("/task?processInstanceBusinessKey={key}", claimId));
    }

    Answer completeTask(String taskId, Map<String, String> variables) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode values = body.putObject("variables");
        variables.forEach((name, value) -> values.putObject(name).put("value", value));
        return asOperator(gateway.post().uri("/engine-rest/task/{id}/complete", taskId), body.toString());
    }

    /** What one simulated system received, oldest first ({@code GET /simulator/requests?system=…}). */
    List<JsonNode> received(String system) {
        return list(simulators.get().uri("/simulator/requests?system={system}", system).retrieve()
                .body(JsonNode.class));
    }

    /** The e-mails the simulators' mail server received, oldest first ({@code GET /mail-server/v1/messages}). */
    List<JsonNode> mails() {
        return list(simulators.get().uri("/mail-server/v1/messages").retrieve().body(JsonNode.class));
    }

    private JsonNode engine(String path, Object... variables) {
        return gateway.get().uri("/engine-rest" + path, variables).headers(headers -> headers.setBasicAuth(OPERATOR,
                OPERATOR)).retrieve().body(JsonNode.class);
    }

    private static Answer asOperator(RestClient.RequestBodySpec request, String json) {
        return answer(request.headers(headers -> headers.setBasicAuth(OPERATOR, OPERATOR))
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(JsonNode.class));
    }

    private static Answer answer(ResponseEntity<JsonNode> response) {
        return new Answer(response.getStatusCode(), response.getBody());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
