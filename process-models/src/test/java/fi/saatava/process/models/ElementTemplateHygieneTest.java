package fi.saatava.process.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.process.ProcessContract.CloseReasons;
import fi.saatava.process.ProcessContract.CreditorNotices;
import fi.saatava.process.ProcessContract.Delegates;
import fi.saatava.process.ProcessContract.LetterTypes;
import fi.saatava.process.ProcessContract.Topics;
import fi.saatava.process.ProcessContract.Variables;
import fi.saatava.process.support.ContractNames;
import fi.saatava.process.support.ModuleResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every topic and delegate of the contract has a Modeler element template, and the templates use only its names. */
class ElementTemplateHygieneTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    /** The contract's value set of each dropdown input. */
    private static final Map<String, Set<String>> CHOICES = Map.of(
            Variables.LETTER_TYPE, ContractNames.of(LetterTypes.class),
            Variables.NEXT_LETTER_TYPE, ContractNames.of(LetterTypes.class),
            Variables.CLOSE_REASON, ContractNames.of(CloseReasons.class),
            Variables.CREDITOR_NOTICE, ContractNames.of(CreditorNotices.class));

    static Stream<Path> templates() {
        return ModuleResources.files("element-templates", ".json").stream();
    }

    @Test
    void everyTopicHasATemplate() {
        assertThat(boundValues("camunda:topic")).containsExactlyInAnyOrderElementsOf(ContractNames.of(Topics.class));
    }

    @Test
    void everyDelegateHasATemplateAsServiceTaskOrListener() {
        List<String> delegates = new ArrayList<>(boundValues("camunda:delegateExpression"));
        delegates.addAll(listenerValues());
        assertThat(delegates).containsExactlyInAnyOrderElementsOf(
                ContractNames.of(Delegates.class).stream().map(bean -> "${" + bean + "}").toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateIsVersionedUnderItsFileNameAndNamesOnlyContractVariables(Path file) {
        JsonNode template = read(file);
        assertThat(template.path("$schema").asText()).isEqualTo(SCHEMA);
        assertThat(template.path("id").asText()).isEqualTo("fi.saatava." + ModuleResources.baseName(file));
        assertThat(template.path("version").asInt()).isPositive();
        assertThat(template.path("name").asText()).isNotBlank();
        assertThat(template.path("description").asText()).isNotBlank();
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            if ("camunda:inputParameter".equals(binding.path("type").asText())) {
                String name = binding.path("name").asText();
                assertThat(name).isIn(ContractNames.of(Variables.class));
                property.path("choices").forEach(choice ->
                        assertThat(choice.path("value").asText()).as("%s choice", name).isIn(CHOICES.get(name)));
            }
        }
    }

    private static List<String> boundValues(String propertyName) {
        return templates().flatMap(file -> stream(read(file).path("properties")))
                .filter(property -> "property".equals(property.path("binding").path("type").asText())
                        && propertyName.equals(property.path("binding").path("name").asText()))
                .map(property -> property.path("value").asText())
                .toList();
    }

    private static List<String> listenerValues() {
        return templates().flatMap(file -> stream(read(file).path("properties")))
                .filter(property -> "camunda:executionListener".equals(property.path("binding").path("type").asText()))
                .map(property -> property.path("value").asText())
                .toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
