package fi.saatava.gateway.payments;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retries the allocation of payments left MATCHED by a failure (every {@code saatava.payments.allocation-retry}, five
 * minutes by default), so a payment received while the ledger could not book it is applied without an operator.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PaymentAllocationRetry {

    private final PaymentAllocation allocation;

    PaymentAllocationRetry(PaymentAllocation allocation) {
        this.allocation = allocation;
    }

    @Scheduled(fixedDelayString = "${saatava.payments.allocation-retry:PT5M}",
            initialDelayString = "${saatava.payments.allocation-retry:PT5M}")
    void retry() {
        allocation.allocateMatched();
    }
}
