package fi.saatava.gateway.openapi;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the creditor API ({@code /api/v1}, bearer API key) and the operators' admin API
 * ({@code /api/admin}, HTTP basic), served at {@code /api/docs/openapi.json} with a UI at {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String CREDITOR_KEY = "creditorApiKey";
    static final String OPERATOR = "operator";

    @Bean
    OpenAPI saatavaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Saatava creditor API")
                        .version("v1")
                        .description("""
                                Hand over overdue claims for collection in Finland, one at a time or in batches, and \
                                follow them: status and stage, balances computed by collection law, the next step, \
                                every letter, fee, payment and decision. Authenticate with the API key an operator \
                                issued (Authorization: Bearer <key>). Amounts are strings with two decimals (euros), \
                                dates yyyy-MM-dd. Unknown fields are rejected. Every error is RFC 9457 \
                                application/problem+json; a 400 lists each bad field in errors[{field, message}]. \
                                Submissions and events are idempotent on the creditor's own reference.""")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes(CREDITOR_KEY, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The creditor's API key"))
                        .addSecuritySchemes(OPERATOR, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A collection operator's or administrator's "
                                        + "Camunda user")))
                .addSecurityItem(new SecurityRequirement().addList(CREDITOR_KEY));
    }

    /** Every request body has an example: those the controllers do not carry come from {@link ApiExamples}. */
    @Bean
    OpenApiCustomizer requestBodyExamples() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> {
                    String example = ApiExamples.BY_OPERATION.get(method + " " + path);
                    if (example != null && operation.getRequestBody() != null) {
                        operation.getRequestBody().getContent().values().forEach(content -> content.addExamples(
                                "example", new Example().value(example)));
                    }
                }));
    }

    /** The admin API takes an operator's HTTP basic credentials, not a creditor's key. */
    @Bean
    OpenApiCustomizer adminApiSecurity() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/admin/")) {
                item.readOperations().forEach(operation -> operation.setSecurity(
                        List.of(new SecurityRequirement().addList(OPERATOR))));
            }
        });
    }
}
