package fi.saatava.gateway.law;

import java.nio.file.Path;

import fi.saatava.law.allocation.PaymentAllocator;
import fi.saatava.law.court.CourtCosts;
import fi.saatava.law.court.LegalCollectionRules;
import fi.saatava.law.fees.FeeSchedule;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.interest.ReferenceRateTable;
import fi.saatava.law.limitation.Limitation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collection-law engines the gateway computes with; each is stateless and thread-safe. */
@Configuration(proxyBeanMethods = false)
public class LawConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LawConfiguration.class);

    /**
     * Late interest on the bundled reference rates (spec §6.2), plus an operator's file for half-years the bundle does
     * not know ({@code saatava.law.reference-rates-file}, collection-law README). A malformed file fails the start.
     */
    @Bean
    ReferenceRateTable referenceRates(@Value("${saatava.law.reference-rates-file:}") String overrideFile) {
        if (overrideFile.isBlank()) {
            return ReferenceRateTable.bundled();
        }
        log.info("Reference rates: the bundled table overridden by {}", overrideFile);
        return ReferenceRateTable.bundledWithOverrides(Path.of(overrideFile));
    }

    @Bean
    LateInterest lateInterest(ReferenceRateTable referenceRates) {
        return new LateInterest(referenceRates);
    }

    @Bean
    FeeSchedule feeSchedule() {
        return new FeeSchedule();
    }

    @Bean
    PaymentAllocator paymentAllocator() {
        return new PaymentAllocator();
    }

    @Bean
    CourtCosts courtCosts() {
        return new CourtCosts();
    }

    @Bean
    LegalCollectionRules legalCollectionRules() {
        return new LegalCollectionRules();
    }

    @Bean
    Limitation limitation() {
        return new Limitation();
    }
}
