package fi.saatava.gateway.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;

/** Reads a process instance's state from the engine's runtime tables. */
@Component
public class ProcessStateReader {

    private static final String RUNNING = "RUNNING";
    private static final String ENDED = "ENDED";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    ProcessStateReader(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    public ProcessState read(String processInstanceId) {
        ActivityInstance root = runtimeService.getActivityInstance(processInstanceId);
        if (root == null) {
            return new ProcessState(processInstanceId, ENDED, List.of(), List.of(), List.of());
        }
        List<ProcessState.Activity> activities = new ArrayList<>();
        collectLeaves(root, activities);
        return new ProcessState(processInstanceId, RUNNING, activities, timers(processInstanceId),
                incidents(processInstanceId));
    }

    private static void collectLeaves(ActivityInstance instance, List<ProcessState.Activity> into) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                into.add(new ProcessState.Activity(child.getActivityId(), child.getActivityName()));
            } else {
                collectLeaves(child, into);
            }
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            into.add(new ProcessState.Activity(transition.getActivityId(), transition.getActivityName()));
        }
    }

    private List<ProcessState.Timer> timers(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .map(job -> new ProcessState.Timer(activityOf(job.getJobDefinitionId()), job.getDuedate().toInstant()))
                .toList();
    }

    private String activityOf(String jobDefinitionId) {
        JobDefinition definition = managementService.createJobDefinitionQuery()
                .jobDefinitionId(jobDefinitionId).singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private List<ProcessState.Incident> incidents(String processInstanceId) {
        return runtimeService.createIncidentQuery().processInstanceId(processInstanceId).list().stream()
                .map(incident -> new ProcessState.Incident(incident.getActivityId(), incident.getIncidentType(),
                        incident.getIncidentMessage()))
                .toList();
    }
}
