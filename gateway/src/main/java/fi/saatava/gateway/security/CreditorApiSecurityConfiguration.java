package fi.saatava.gateway.security;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.creditors.ApiKeys;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The creditor API ({@code /api/v1}) takes the creditor's API key as a bearer token; the admin API
 * ({@code /api/admin}) takes an operator's HTTP basic credentials (see {@link HttpBasicSecurityConfiguration}) and
 * checks the operator's groups.
 */
@Configuration(proxyBeanMethods = false)
public class CreditorApiSecurityConfiguration implements WebMvcConfigurer {

    static final String CREDITOR_API_PATHS = "/api/v1/*";

    private final IdentityService identityService;

    CreditorApiSecurityConfiguration(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Bean
    FilterRegistrationBean<BearerKeyFilter> creditorApiAuthentication(ApiKeys apiKeys, ObjectMapper json) {
        FilterRegistrationBean<BearerKeyFilter> registration =
                new FilterRegistrationBean<>(new BearerKeyFilter(apiKeys, json));
        registration.setName("creditor-api-authentication");
        registration.addUrlPatterns(CREDITOR_API_PATHS);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CreditorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OperatorAccessInterceptor(identityService))
                .addPathPatterns(HttpBasicSecurityConfiguration.ADMIN_API_PATHS.replace("*", "**"));
    }
}
