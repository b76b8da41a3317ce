package fi.saatava.process.models;

import static fi.saatava.process.support.ModuleResources.baseName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.process.ProcessContract.Decisions;
import fi.saatava.process.ProcessContract.Forms;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ContractNames;
import fi.saatava.process.support.ModuleResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DMN decisions and Camunda Forms deploy on 7.24, open in Modeler 5 and use only names from ProcessContract. */
class DecisionAndFormHygieneTest {

    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> decisions() {
        return ModuleResources.files("src/main/resources/dmn", ".dmn").stream();
    }

    static Stream<Path> forms() {
        return ModuleResources.files("src/main/resources/forms", ".form").stream();
    }

    @Test
    void everyContractDecisionAndFormHasItsFile() {
        assertThat(decisions().map(ModuleResources::baseName))
                .containsExactlyInAnyOrderElementsOf(ContractNames.of(Decisions.class));
        assertThat(forms().map(ModuleResources::baseName))
                .containsExactlyInAnyOrderElementsOf(ContractNames.of(Forms.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decisionIdEqualsFileNameWithHistoryTimeToLiveForCamunda724(Path file) throws IOException {
        DmnModelInstance model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Dmn.readModelFromStream(in);
        }
        Definitions definitions = model.getDefinitions();
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        assertThat(decisions).extracting(Decision::getId).containsExactly(baseName(file));
        assertThat(decisions).allSatisfy(decision ->
                assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formIdEqualsFileNameAndBindsOnlyContractVariables(Path file) throws IOException {
        JsonNode form = JSON.readTree(file.toFile());
        assertThat(form.path("id").asText()).isEqualTo(baseName(file));
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        List<String> keys = new ArrayList<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
        });
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).isIn(ContractNames.of(Variables.class)));
    }
}
