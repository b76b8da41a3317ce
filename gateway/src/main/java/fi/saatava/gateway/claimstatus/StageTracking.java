package fi.saatava.gateway.claimstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code saatava.claim.stage} current without touching the models: while the engine parses a model, execution
 * listeners are added to the activities that start a stage, recognised by contract names (the topic and letter type
 * of a letter task, the form of a user task, the called process, the collection-step delegates), and to the end of
 * the claim's own process. Unknown elements are left alone, so a model change never breaks collection, it only
 * leaves the stage as it was.
 */
@Component
class StageTracking extends AbstractProcessEnginePlugin {

    private static final String CLAIM_PROCESSES = ProcessContract.Processes.CONSUMER_COLLECTION + " "
            + ProcessContract.Processes.BUSINESS_COLLECTION;

    private final StageRecorder recorder;

    StageTracking(StageRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new StageParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class StageParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element element, ProcessDefinitionEntity definition) {
            if (CLAIM_PROCESSES.contains(definition.getKey())) {
                definition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                    if (execution.getSuperExecution() == null) {
                        claimId(execution).ifPresent(recorder::processEnded);
                    }
                });
            }
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String topic = camunda(element, "topic");
            String delegate = camunda(element, "delegateExpression");
            if (ProcessContract.Topics.CREDIT_CHECK.equals(topic)) {
                onStart(activity, execution -> Optional.of(ClaimStage.CREDIT_CHECK));
            } else if (ProcessContract.Topics.LETTER_SEND.equals(topic)) {
                onStart(activity, execution -> ClaimStage.ofLetter(
                        local(execution, ProcessContract.Variables.LETTER_TYPE)));
            } else if (expression(ProcessContract.Delegates.SCHEDULE_NEXT_LETTER).equals(delegate)) {
                onStart(activity, execution -> ClaimStage.ofCollectionStep(
                        local(execution, ProcessContract.Variables.NEXT_LETTER_TYPE)));
            } else if (expression(ProcessContract.Delegates.SCHEDULE_LEGAL_COLLECTION).equals(delegate)) {
                onStart(activity, execution -> Optional.of(ClaimStage.LEGAL_COLLECTION));
            } else if (expression(ProcessContract.Delegates.FIND_NEXT_COLLECTION_STEP).equals(delegate)
                    || expression(ProcessContract.Delegates.CHOOSE_DRAFT_OR_SECOND_DEMAND).equals(delegate)) {
                activity.addListener(ExecutionListener.EVENTNAME_END, listener(execution -> ClaimStage.ofCollectionStep(
                        variable(execution, ProcessContract.Variables.NEXT_COLLECTION_STEP))));
            }
        }

        @Override
        public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            parseServiceTask(element, scope, activity);
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ClaimStage.ofForm(camunda(element, "formRef"))
                    .ifPresent(stage -> onStart(activity, execution -> Optional.of(stage)));
        }

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            ClaimStage.ofCalledProcess(element.attribute("calledElement"))
                    .ifPresent(stage -> onStart(activity, execution -> Optional.of(stage)));
        }

        private void onStart(ActivityImpl activity, Function<DelegateExecution, Optional<ClaimStage>> stage) {
            activity.addListener(ExecutionListener.EVENTNAME_START, listener(stage));
        }

        private ExecutionListener listener(Function<DelegateExecution, Optional<ClaimStage>> stage) {
            return execution -> claimId(execution)
                    .ifPresent(claimId -> stage.apply(execution).ifPresent(s -> recorder.enter(claimId, s)));
        }
    }

    private static Optional<UUID> claimId(DelegateExecution execution) {
        return Optional.ofNullable(variable(execution, ProcessContract.Variables.CLAIM_ID)).map(UUID::fromString);
    }

    private static String variable(DelegateExecution execution, String name) {
        return execution.getVariable(name) instanceof String text ? text : null;
    }

    private static String local(DelegateExecution execution, String name) {
        return execution.getVariableLocal(name) instanceof String text ? text : null;
    }

    private static String camunda(Element element, String attribute) {
        return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, attribute);
    }

    private static String expression(String bean) {
        return "${" + bean + "}";
    }
}
