package fi.saatava.gateway.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP authentication filter, checking credentials against the identity service of the gateway's own
 * engine. The stock filter finds "the default engine" by the name {@code default}; this one answers with the
 * Spring-managed engine instead, so authentication also works when the engine has a generated name (tests) and
 * for the gateway's own {@code /api/internal} paths, which name no engine.
 */
class DefaultEngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine processEngine;

    DefaultEngineAuthenticationFilter(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        if (DEFAULT_ENGINE_NAME.equals(engineName) || processEngine.getName().equals(engineName)) {
            return processEngine;
        }
        return super.getAddressedEngine(engineName);
    }
}
