package fi.saatava.gateway.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the collection processes of new claims, in the caller's transaction. The starts of many claims run in one
 * engine command: the engine reuses a running command's context for the calls made inside it, so it writes every
 * instance's executions, variables, external tasks, subscriptions and history in one flush, a JDBC batch per table,
 * instead of one flush (about ten round trips) per claim. The process definition is looked up by key once per key,
 * then used by id from the command's cache. The models are not changed: each instance starts exactly as it would
 * through {@link RuntimeService#startProcessInstanceByKey(String, String, Map)}.
 */
@Component
class ProcessStarts {

    /** One process to start: the latest version of the model {@code processKey}. */
    record Start(String processKey, String businessKey, Map<String, Object> variables) {
    }

    private final RuntimeService runtimeService;
    private final CommandExecutor commands;

    ProcessStarts(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** @return the process instance ids, in the order of {@code starts} */
    List<String> start(List<Start> starts) {
        return commands.execute(commandContext -> {
            Map<String, String> definitionIds = new HashMap<>();
            List<String> processInstanceIds = new ArrayList<>(starts.size());
            for (Start start : starts) {
                String definitionId = definitionIds.get(start.processKey());
                ProcessInstance instance = definitionId == null
                        ? runtimeService.startProcessInstanceByKey(start.processKey(), start.businessKey(),
                                start.variables())
                        : runtimeService.startProcessInstanceById(definitionId, start.businessKey(),
                                start.variables());
                definitionIds.putIfAbsent(start.processKey(), instance.getProcessDefinitionId());
                processInstanceIds.add(instance.getId());
            }
            return processInstanceIds;
        });
    }
}
