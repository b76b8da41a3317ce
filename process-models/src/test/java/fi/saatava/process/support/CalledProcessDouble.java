package fi.saatava.process.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Deploys, under a called process's key, a process that only waits in one user task, so the calling model's test
 * can decide what the called process returns without running it (the called model has its own test).
 */
public final class CalledProcessDouble {

    private static final String WAITING = "Activity_Waiting";

    private final ProcessEngine engine;
    private final String processKey;
    private final Deployment deployment;

    public CalledProcessDouble(ProcessEngine engine, String processKey) {
        this.engine = engine;
        this.processKey = processKey;
        this.deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey)
                        .camundaHistoryTimeToLive(1)
                        .startEvent().userTask(WAITING).endEvent()
                        .done())
                .deploy();
    }

    public void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    /** The running instance called for the claim. */
    public ProcessInstance instance(ProcessInstance claim) {
        List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(claim.getBusinessKey()).list();
        assertThat(instances).as("running %s instances", processKey).hasSize(1);
        return instances.get(0);
    }

    public boolean isRunning(ProcessInstance claim) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(claim.getBusinessKey()).count() > 0;
    }

    /** What the calling process passed in. */
    public Map<String, Object> variables(ProcessInstance claim) {
        return engine.getRuntimeService().getVariables(instance(claim).getId());
    }

    /** Ends the called instance with the given results (the calling model's out mappings pick them up). */
    public void finish(ProcessInstance claim, Map<String, Object> results) {
        engine.getTaskService().complete(waiting(claim).getId(), results);
    }

    /** Ends the called instance with a BPMN error, as its error end events do. */
    public void failWith(ProcessInstance claim, String errorCode) {
        engine.getTaskService().handleBpmnError(waiting(claim).getId(), errorCode);
    }

    private Task waiting(ProcessInstance claim) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(instance(claim).getId()).taskDefinitionKey(WAITING).singleResult();
    }
}
