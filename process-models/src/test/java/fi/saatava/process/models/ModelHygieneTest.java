package fi.saatava.process.models;

import static fi.saatava.process.support.ModuleResources.baseName;
import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.process.ProcessContract.Decisions;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Errors;
import fi.saatava.process.ProcessContract.Forms;
import fi.saatava.process.ProcessContract.Groups;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Processes;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ContractNames;
import fi.saatava.process.support.ModuleResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every BPMN file of this module must follow (issue 5 item 9, architecture "Conventions"):
 * it opens and renders in Modeler and Cockpit, deploys on Camunda 7.24, and names only what ProcessContract lists.
 */
class ModelHygieneTest {

    private static final String BPMN = "src/main/resources/bpmn";
    private static final String DMN = "src/main/resources/dmn";
    private static final String FORMS = "src/main/resources/forms";
    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final String EXPRESSION = "\\$\\{[A-Za-z][A-Za-z0-9_.]*}";

    /**
     * Timers that may carry a literal duration, by "process id#event id", each with the reason it is not a legal
     * period. A legal date or period always comes from collection-law through a variable.
     */
    private static final Map<String, String> TECHNICAL_TIMER_DURATIONS = Map.of(
            "legal-collection#Event_CourtDecisionOverdue",
            "non-interrupting reminder for an operator to ask the court after 60 days; no legal effect");

    static Stream<Path> models() {
        return ModuleResources.files(BPMN, ".bpmn").stream();
    }

    @Test
    void theModuleHasModels() {
        assertThat(models()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void processIdEqualsFileNameAndProcessIsExecutableWithHistoryTimeToLive(Path file) {
        BpmnModelInstance model = read(file);
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        assertThat(processes).as("one process per file").hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.getId()).isEqualTo(baseName(file)).isIn(ContractNames.of(Processes.class));
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("camunda:historyTimeToLive").isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void definitionsTargetCamundaPlatform724(Path file) {
        Definitions definitions = read(file).getDefinitions();
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");
        assertThat(definitions.getExporter()).isEqualTo("Camunda Modeler");
        assertThat(definitions.getExporterVersion()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyFlowNodeHasAShapeAndEverySequenceFlowAnEdge(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(ids(model.getModelElementsByType(FlowNode.class))).as("flow nodes without BPMNShape")
                .allMatch(shaped::contains);
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).as("sequence flows without BPMNEdge")
                .allMatch(edged::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void diagramCoordinatesArePositive(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(Bounds.class))
                .allSatisfy(bounds -> assertThat(Math.min(bounds.getX(), bounds.getY())).isNotNegative());
        assertThat(model.getModelElementsByType(Waypoint.class))
                .allSatisfy(point -> assertThat(Math.min(point.getX(), point.getY())).isNotNegative());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyServiceAndSendTaskIsAKnownExternalTopicOrDelegate(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> topics = ContractNames.of(Topics.class);
        Set<String> delegates = expressions(ContractNames.of(Delegates.class));
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task ->
                assertExternalOrDelegate(task.getId(), task.getCamundaType(), task.getCamundaTopic(),
                        task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
                        topics, delegates));
        assertThat(model.getModelElementsByType(SendTask.class)).allSatisfy(task ->
                assertExternalOrDelegate(task.getId(), task.getCamundaType(), task.getCamundaTopic(),
                        task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(),
                        topics, delegates));
        assertThat(model.getModelElementsByType(ScriptTask.class)).as("script tasks (logic belongs in delegates)")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyLetterTaskPreparesItsLetterAndVoidsItWhenCancelled(Path file) {
        Set<String> letterTypes = ContractNames.of(LetterTypes.class);
        List<Task> letterTasks = read(file).getModelElementsByType(Task.class).stream()
                .filter(task -> Topics.LETTER_SEND.equals(task.getAttributeValueNs(
                        "http://camunda.org/schema/1.0/bpmn", "topic")))
                .toList();
        assertThat(letterTasks).allSatisfy(task -> {
            assertThat(listeners(task, "start")).as("%s start listeners", task.getId())
                    .containsExactly("${" + Delegates.PREPARE_LETTER + "}");
            assertThat(listeners(task, "end")).as("%s end listeners", task.getId())
                    .containsExactly("${" + Delegates.CANCEL_UNSENT_LETTER + "}");
            assertThat(inputs(task)).as("%s inputs", task.getId()).containsOnlyKeys(Variables.LETTER_TYPE);
            assertThat(inputs(task).get(Variables.LETTER_TYPE)).isIn(letterTypes);
            assertThat(task.isCamundaAsyncBefore()).as("%s async before", task.getId()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyDecisionCallAndFormIsKnown(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(BusinessRuleTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaDecisionRef()).isIn(ContractNames.of(Decisions.class));
            assertThat(ModuleResources.exists(DMN, task.getCamundaDecisionRef() + ".dmn")).isTrue();
        });
        assertThat(model.getModelElementsByType(CallActivity.class)).allSatisfy(call -> {
            assertThat(call.getCalledElement()).isIn(ContractNames.of(Processes.class));
            assertThat(ModuleResources.exists(BPMN, call.getCalledElement() + ".bpmn")).as(call.getId()).isTrue();
        });
        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaFormRef()).as("%s form", task.getId()).isIn(ContractNames.of(Forms.class));
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            assertThat(ModuleResources.exists(FORMS, task.getCamundaFormRef() + ".form")).isTrue();
            assertThat(task.getCamundaCandidateGroups()).isIn(ContractNames.of(Groups.class));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyListenerIsAKnownDelegate(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> delegates = expressions(ContractNames.of(Delegates.class));
        assertThat(model.getModelElementsByType(CamundaExecutionListener.class)).allSatisfy(listener -> {
            assertThat(listener.getCamundaClass()).isNull();
            assertThat(listener.getCamundaExpression()).isNull();
            assertThat(listener.getCamundaScript()).isNull();
            assertThat(listener.getCamundaDelegateExpression()).isIn(delegates);
        });
        assertThat(model.getModelElementsByType(CamundaTaskListener.class)).allSatisfy(listener -> {
            assertThat(listener.getCamundaClass()).isNull();
            assertThat(listener.getCamundaExpression()).isNull();
            assertThat(listener.getCamundaScript()).isNull();
            assertThat(listener.getCamundaDelegateExpression()).isIn(delegates);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyMessageAndErrorIsListedInTheContract(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> messages = ContractNames.of(Messages.class);
        assertThat(model.getModelElementsByType(Message.class))
                .allSatisfy(message -> assertThat(message.getName()).as(message.getId()).isIn(messages));
        Set<String> errors = ContractNames.of(Errors.class);
        assertThat(model.getModelElementsByType(Error.class))
                .allSatisfy(error -> assertThat(error.getErrorCode()).as(error.getId()).isIn(errors));
        assertThat(model.getModelElementsByType(ErrorEventDefinition.class))
                .allSatisfy(definition -> assertThat(definition.getError()).as("errorRef").isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void timersWaitForComputedDatesNotHardCodedDurations(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(TimerEventDefinition.class)).allSatisfy(timer -> {
            String key = baseName(file) + "#" + ((BaseElement) timer.getParentElement()).getId();
            String definition = Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                    .filter(Objects::nonNull)
                    .map(expression -> expression.getTextContent().trim())
                    .findFirst().orElse("");
            if (!TECHNICAL_TIMER_DURATIONS.containsKey(key)) {
                assertThat(definition).as("timer %s", key).matches(EXPRESSION);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyAsyncContinuationHasARetryCycle(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()))
                .allSatisfy(node -> assertThat(node.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).count())
                        .as("failedJobRetryTimeCycle on %s", node.getId()).isEqualTo(1));
    }

    private static void assertExternalOrDelegate(String id, String type, String topic, String delegateExpression,
            String javaClass, String expression, Set<String> topics, Set<String> delegates) {
        assertThat(javaClass).as("%s: camunda:class", id).isNull();
        assertThat(expression).as("%s: camunda:expression", id).isNull();
        if ("external".equals(type)) {
            assertThat(topic).as("%s: topic", id).isIn(topics);
        } else {
            assertThat(delegateExpression).as("%s: delegate", id).isIn(delegates);
        }
    }

    private static List<String> listeners(Task task, String event) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                .stream().filter(listener -> event.equals(listener.getCamundaEvent()))
                .map(CamundaExecutionListener::getCamundaDelegateExpression).toList();
    }

    private static Map<String, String> inputs(Task task) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).singleResult()
                .getCamundaInputParameters().stream()
                .collect(Collectors.toMap(CamundaInputParameter::getCamundaName, CamundaInputParameter::getTextContent));
    }

    private static Set<String> expressions(Set<String> beanNames) {
        return beanNames.stream().map(name -> "${" + name + "}").collect(Collectors.toSet());
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static BpmnModelInstance read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
