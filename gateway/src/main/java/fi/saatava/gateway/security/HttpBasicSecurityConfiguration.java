package fi.saatava.gateway.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication against Camunda's identity service for the engine REST API (open to anyone by
 * default), for the internal API the workers call and for the operators' admin API. Cockpit, Tasklist and Admin keep
 * their own login.
 */
@Configuration(proxyBeanMethods = false)
public class HttpBasicSecurityConfiguration {

    static final String ENGINE_REST_PATHS = "/engine-rest/*";
    static final String INTERNAL_API_PATHS = "/api/internal/*";
    static final String ADMIN_API_PATHS = "/api/admin/*";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ProcessEngine processEngine) {
        return httpBasic("engine-rest-authentication", processEngine, ENGINE_REST_PATHS);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> internalApiAuthentication(ProcessEngine processEngine) {
        return httpBasic("internal-api-authentication", processEngine, INTERNAL_API_PATHS);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> adminApiAuthentication(ProcessEngine processEngine) {
        return httpBasic("admin-api-authentication", processEngine, ADMIN_API_PATHS);
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> httpBasic(
            String name, ProcessEngine processEngine, String urlPattern) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new DefaultEngineAuthenticationFilter(processEngine));
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }
}
