package fi.saatava.worker.kit.engine;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/**
 * The part of the gateway's Camunda engine REST API ({@code /engine-rest}) that workers use outside the external
 * task protocol: correlating a message that an outside system sent later, and the queries that tell whether it was
 * correlated before. Same credentials as the internal API.
 */
@FeignClient(contextId = "engineRest", name = "saatava-engine", url = "${saatava.gateway.url}/engine-rest",
        configuration = GatewayClientConfiguration.class)
public interface EngineRestClient {

    /** Answers 204 when exactly one waiting execution matched, 400 when none (or several) did. */
    @PostMapping("/message")
    void correlate(@RequestBody MessageCorrelation correlation);

    @PostMapping("/process-instance")
    List<ProcessInstanceRef> processInstances(@RequestBody ProcessInstanceQuery query);

    /** Answers 404 once the task was completed (or its process ended). */
    @GetMapping("/external-task/{id}")
    ProcessInstanceRef externalTask(@PathVariable("id") String id);
}
