package fi.saatava.gateway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.saatava.gateway.support.GatewayHttp;
import fi.saatava.gateway.support.GatewayTest;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;

/**
 * What the gateway deploys: every model of process-models, each with the diagram Cockpit draws, and every delegate a
 * model or the contract names is a bean of the gateway, so no claim can reach a missing delegate and stop in an
 * incident.
 */
@GatewayTest
class DeployedModelsTest {

    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    GatewayHttp http;

    @Autowired
    ProcessEngine processEngine;

    @Test
    void everyDelegateOfTheProcessContractIsABeanOfTheGateway() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field field : ProcessContract.Delegates.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }

        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(context.containsBean(name))
                .as("a bean named %s", name).isTrue());
        assertThat(names).allSatisfy(name -> assertThat(context.getBean(name))
                .as("bean %s", name).isInstanceOfAny(JavaDelegate.class, ExecutionListener.class));
    }

    @Test
    void everyDelegateExpressionOfTheDeployedModelsNamesABean() {
        for (ProcessDefinition definition : latestDefinitions()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            List<String> expressions = new ArrayList<>();
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
                    .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
            model.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
            for (String expression : expressions) {
                if (expression == null) {
                    continue;
                }
                Matcher bean = DELEGATE_EXPRESSION.matcher(expression);
                assertThat(bean.matches()).as("%s in %s is ${beanName}", expression, definition.getKey()).isTrue();
                assertThat(context.containsBean(bean.group(1)))
                        .as("%s of %s names a bean", expression, definition.getKey()).isTrue();
            }
        }
    }

    @Test
    void everyModelOfProcessModelsIsDeployedWithTheDiagramCockpitDraws() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn");
        List<String> keys = Arrays.stream(files).map(file -> file.getFilename().replace(".bpmn", "")).toList();
        assertThat(keys).contains(ProcessContract.Processes.CONSUMER_COLLECTION,
                ProcessContract.Processes.BUSINESS_COLLECTION, ProcessContract.Processes.LEGAL_COLLECTION,
                ProcessContract.Processes.POST_COLLECTION, ProcessContract.Processes.INSOLVENCY,
                ProcessContract.Processes.PAYMENT_PLAN);

        for (String key : keys) {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition).as("deployed process %s", key).isNotNull();
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            assertThat(drawn(model, BpmnShape.class)).as("shapes of %s", key)
                    .containsAll(ids(model.getModelElementsByType(FlowNode.class)));
            assertThat(drawn(model, BpmnEdge.class)).as("edges of %s", key)
                    .containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));

            // What Cockpit loads to draw the process: the XML with its diagram, through the engine REST API (tests
            // name their engine uniquely, so the path names it).
            GatewayHttp.Answer xml = http.getAsAdmin("/engine-rest/engine/" + processEngine.getName()
                    + "/process-definition/key/" + key + "/xml");
            assertThat(xml.status()).as("XML of %s", key).isEqualTo(HttpStatus.OK);
            assertThat(xml.body().get("bpmn20Xml").asText()).contains("bpmndi:BPMNDiagram");
        }
    }

    private List<ProcessDefinition> latestDefinitions() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list();
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static <T extends org.camunda.bpm.model.bpmn.instance.di.DiagramElement> List<String> drawn(
            BpmnModelInstance model, Class<T> type) {
        return model.getModelElementsByType(type).stream()
                .map(element -> element instanceof BpmnShape shape ? shape.getBpmnElement().getId()
                        : ((BpmnEdge) element).getBpmnElement().getId())
                .toList();
    }
}
