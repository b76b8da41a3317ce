package fi.saatava.worker.courtsummons.court;

import fi.saatava.worker.kit.http.OutsideSystemClientConfiguration;

/** Feign configuration of the court client only: its error mapping and API key ({@code saatava.court-summons.court-api-key}). */
public class CourtClientConfiguration extends OutsideSystemClientConfiguration {

    @Override
    protected String system() {
        return "court";
    }

    @Override
    protected String apiKeyProperty() {
        return "saatava.court-summons.court-api-key";
    }
}
