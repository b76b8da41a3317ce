package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;

import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.Messages;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.support.ContractNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
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

    private static final Path MODELS = Path.of("src/main/resources/bpmn");
    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final String EXPRESSION = "\\$\\{[A-Za-z][A-Za-z0-9_.]*}";

    /**
     * Timers that may carry a literal duration, by "file id#event id", each with the reason it is not a legal period.
     * A legal date or period always comes from collection-law through a variable.
     */
    private static final Map<String, String> TECHNICAL_TIMER_DURATIONS = Map.of();

    static Stream<Path> models() {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        assertThat(process.getId()).isEqualTo(baseName(file));
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
    void everyMessageIsListedInTheContract(Path file) {
        Set<String> messages = ContractNames.of(Messages.class);
        assertThat(read(file).getModelElementsByType(Message.class))
                .allSatisfy(message -> assertThat(message.getName()).as(message.getId()).isIn(messages));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void timersWaitForComputedDatesNotHardCodedDurations(Path file) {
        BpmnModelInstance model = read(file);
        assertThat(model.getModelElementsByType(TimerEventDefinition.class)).allSatisfy(timer -> {
            String key = baseName(file) + "#" + ((BaseElement) timer.getParentElement()).getId();
            String definition = Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                    .filter(expression -> expression != null)
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

    private static Set<String> expressions(Set<String> beanNames) {
        return beanNames.stream().map(name -> "${" + name + "}").collect(Collectors.toSet());
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static BpmnModelInstance read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
