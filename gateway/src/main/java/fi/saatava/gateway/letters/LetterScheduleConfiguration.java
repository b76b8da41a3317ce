package fi.saatava.gateway.letters;

import fi.saatava.law.schedule.DeliveryTerms;
import fi.saatava.law.schedule.LetterSchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LetterScheduleConfiguration {

    /**
     * Days from sending to the latest delivery date per channel (spec §16); postal terms vary, so they are
     * configuration. The printed payment period counts from the latest delivery date (spec §3.3).
     */
    @ConfigurationProperties("saatava.letters.latest-delivery-days")
    record LatestDeliveryDays(@DefaultValue("7") int letter, @DefaultValue("0") int email) {
    }

    @Bean
    LetterSchedule letterSchedule(LatestDeliveryDays days) {
        return new LetterSchedule(new DeliveryTerms(days.letter(), days.email()));
    }
}
