package fi.saatava.worker.letters.delivery;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The print and mail house's letter API. The base URL is {@code saatava.letters.print-house-url} (default: the
 * simulators' {@code /print-house/v1}), so a real print house is a configuration change.
 */
@FeignClient(contextId = "printHouse", name = "print-house",
        url = "${saatava.letters.print-house-url:${saatava.simulators.url}/print-house/v1}",
        configuration = PrintHouseClientConfiguration.class)
public interface PrintHouseClient {

    /** The print house prints a key once: a repeated submission gets the first receipt. */
    @PostMapping("/letters")
    PrintReceipt submit(@RequestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody PrintLetterRequest request);
}
