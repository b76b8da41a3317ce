package fi.saatava.worker.enforcement.authority;

import fi.saatava.worker.kit.http.OutsideSystemClientConfiguration;

/** Feign configuration of the enforcement authority client only: its error mapping and API key ({@code saatava.enforcement.authority-api-key}). */
public class EnforcementAuthorityClientConfiguration extends OutsideSystemClientConfiguration {

    @Override
    protected String system() {
        return "enforcement authority";
    }

    @Override
    protected String apiKeyProperty() {
        return "saatava.enforcement.authority-api-key";
    }
}
