package fi.saatava.gateway.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The simulation profile with the job executor running: moving the clock makes the engine's timers come due and fire,
 * and the gateway's own "today" moves with them. Its own context (and database), closed afterwards, which gives the
 * engine back the system clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saatava.simulation.start=2026-01-12T08:00:00Z",
        "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "simulation"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulationClockTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    SimulationClock clock;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ExternalTaskService externalTaskService;

    @Autowired
    ManagementService managementService;

    @Test
    @Order(1)
    void theClockStartsWhereConfiguredAndTheEngineRunsOnIt() {
        JsonNode shown = get();
        assertThat(Instant.parse(shown.get("now").asText())).isBetween(Instant.parse("2026-01-12T08:00:00Z"),
                Instant.parse("2026-01-12T09:00:00Z"));
        assertThat(shown.get("today").asText()).isEqualTo("2026-01-12");
        assertThat(Duration.between(clock.instant(), ClockUtil.getCurrentTime().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void movingTheClockFiresTheTimersThatCameDue() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("simulation-timer")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Wait").timerWithDate("${dueAt}")
                .serviceTask("Work").camundaExternalTask("simulation-work")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance("simulation-timer.bpmn", model).deploy();
        Instant dueAt = clock.instant().plus(Duration.ofDays(30));
        runtimeService.startProcessInstanceByKey("simulation-timer", Map.of("dueAt", Date.from(dueAt)));

        ResponseEntity<String> moved = move("{\"advanceDays\": 31}");

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Instant.parse(read(moved.getBody()).get("now").asText())).isAfter(dueAt);
        List<LockedExternalTask> work = await().atMost(Duration.ofSeconds(30))
                .until(() -> externalTaskService.fetchAndLock(1, "test").topic("simulation-work", 60_000L).execute(),
                        tasks -> tasks.size() == 1);

        // A locked task's lock is engine time: jumping now would expire it and let the work run twice.
        ResponseEntity<String> refused = move("{\"advanceDays\": 1}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        externalTaskService.complete(work.get(0).getId(), "test");
        assertThat(move("{\"advanceDays\": 1}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void timeNeverRunsBackwards() {
        ResponseEntity<String> refused = move("{\"to\": \"2025-12-31\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(refused.getBody()).at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(move("{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(move("{\"advanceDays\": 0}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(move("{\"to\": \"next week\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void moveToADateMeansItsStartInFinland() {
        Instant now = clock.instant();
        String date = now.plus(Duration.ofDays(400)).toString().substring(0, 10);

        JsonNode moved = read(move("{\"to\": \"" + date + "\"}").getBody());

        assertThat(moved.get("today").asText()).isEqualTo(date);
        assertThat(Duration.between(Instant.parse(moved.get("now").asText()), clock.instant()))
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void onlyOperatorsMoveTime() {
        ResponseEntity<String> anonymous = http.exchange(RequestEntity.post(URI.create("/api/admin/simulation/clock"))
                .contentType(MediaType.APPLICATION_JSON).body("{\"advanceDays\": 1}"), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode get() {
        return read(http.withBasicAuth("admin", "admin").getForObject("/api/admin/simulation/clock", String.class));
    }

    /**
     * Moves the clock once the job executor is idle, as an operator would retry: a jump over a Monday also starts the
     * weekly settlement run, whose jobs are briefly locked.
     */
    private ResponseEntity<String> move(String json) {
        await().atMost(Duration.ofSeconds(30)).until(() -> managementService.createJobQuery().executable().count() == 0
                && managementService.createJobQuery().acquired().count() == 0);
        return http.withBasicAuth("admin", "admin").exchange(RequestEntity.post(URI.create("/api/admin/simulation/clock"))
                .contentType(MediaType.APPLICATION_JSON).body(json), String.class);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
