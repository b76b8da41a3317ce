package fi.saatava.gateway.json;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A text field takes only a JSON string. Jackson would otherwise read {@code "principal": 120.00} as the text
 * "120.00": money must come as a string (a JSON number is a binary float in most clients, and 0.1 + 0.2 arrives as
 * 0.30000000000000004), and identifiers such as a postal code lose their leading zeros as numbers. A number or a
 * boolean where a string belongs is a problem naming the field ("must be a string").
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer textOnlyFromStrings() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
