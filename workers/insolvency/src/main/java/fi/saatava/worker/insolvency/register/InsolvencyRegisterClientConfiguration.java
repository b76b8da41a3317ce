package fi.saatava.worker.insolvency.register;

import fi.saatava.worker.kit.http.OutsideSystemClientConfiguration;

/** Feign configuration of the insolvency lodging client only: its error mapping and API key ({@code saatava.insolvency.register-api-key}). */
public class InsolvencyRegisterClientConfiguration extends OutsideSystemClientConfiguration {

    @Override
    protected String system() {
        return "insolvency administrator";
    }

    @Override
    protected String apiKeyProperty() {
        return "saatava.insolvency.register-api-key";
    }
}
