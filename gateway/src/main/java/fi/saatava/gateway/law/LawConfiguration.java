package fi.saatava.gateway.law;

import fi.saatava.law.court.CourtCosts;
import fi.saatava.law.court.LegalCollectionRules;
import fi.saatava.law.interest.LateInterest;
import fi.saatava.law.interest.ReferenceRateTable;
import fi.saatava.law.limitation.Limitation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The collection-law engines of legal collection; each is stateless and thread-safe (the ledger has its own). */
@Configuration(proxyBeanMethods = false)
public class LawConfiguration {

    /** Late interest on the reference rates the ledger computes with (bundled plus the operator's file, spec §6.2). */
    @Bean
    LateInterest lateInterest(ReferenceRateTable referenceRates) {
        return new LateInterest(referenceRates);
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
