package fi.saatava.worker.creditcheck.bureau;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The credit bureau's report API. The base URL is {@code saatava.credit-check.bureau-url} (default: the simulators'
 * {@code /credit-bureau/v1}), so pointing Saatava at a real bureau is a configuration change.
 */
@FeignClient(contextId = "creditBureau", name = "credit-bureau",
        url = "${saatava.credit-check.bureau-url:${saatava.simulators.url}/credit-bureau/v1}",
        configuration = CreditBureauClientConfiguration.class)
public interface CreditBureauClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * Orders a report. The bureau charges per report and answers a repeated key with the stored report, so a
     * redelivered task sends the same key and never buys a second one.
     */
    @PostMapping("/reports")
    CreditReport orderReport(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody CreditReportRequest request);
}
