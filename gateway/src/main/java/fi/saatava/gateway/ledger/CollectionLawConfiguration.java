package fi.saatava.gateway.ledger;

import java.nio.file.Path;

import fi.saatava.law.allocation.PaymentAllocator;
import fi.saatava.law.fees.FeeSchedule;
import fi.saatava.law.interest.ReferenceRateTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * collection-law as the ledger uses it. The reference rates are the bundled table plus the operator's override file
 * ({@code saatava.law.reference-rates-file}, read once at start; a malformed file fails the start, naming the line),
 * so a new half-year's rate needs no code change (collection-law README, spec §6.2).
 */
@Configuration(proxyBeanMethods = false)
class CollectionLawConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CollectionLawConfiguration.class);

    @Bean
    ReferenceRateTable referenceRates(@Value("${saatava.law.reference-rates-file:}") String overrideFile) {
        if (!StringUtils.hasText(overrideFile)) {
            return ReferenceRateTable.bundled();
        }
        log.info("Reference rates: the bundled table with the overrides of {}", overrideFile);
        return ReferenceRateTable.bundledWithOverrides(Path.of(overrideFile));
    }

    @Bean
    FeeSchedule feeSchedule() {
        return new FeeSchedule();
    }

    @Bean
    PaymentAllocator paymentAllocator() {
        return new PaymentAllocator();
    }
}
