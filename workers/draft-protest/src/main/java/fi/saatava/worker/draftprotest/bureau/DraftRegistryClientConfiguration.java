package fi.saatava.worker.draftprotest.bureau;

import fi.saatava.worker.kit.http.OutsideSystemClientConfiguration;

/** Feign configuration of the tratta register client only: its error mapping and API key ({@code saatava.draft-protest.bureau-api-key}). */
public class DraftRegistryClientConfiguration extends OutsideSystemClientConfiguration {

    @Override
    protected String system() {
        return "credit bureau";
    }

    @Override
    protected String apiKeyProperty() {
        return "saatava.draft-protest.bureau-api-key";
    }
}
