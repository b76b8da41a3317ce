package fi.saatava.worker.insolvency.register;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Lodging claims with the administrator of insolvency proceedings (docs/contracts.md, "Insolvency lodging"). The base
 * URL is {@code saatava.insolvency.register-url} (default: the simulators' {@code /insolvency/v1}).
 */
@FeignClient(contextId = "insolvencyRegister", name = "insolvency-register",
        url = "${saatava.insolvency.register-url:${saatava.simulators.url}/insolvency/v1}",
        configuration = InsolvencyRegisterClientConfiguration.class)
public interface InsolvencyRegisterClient {

    /** Lodges a claim; a repeated key is answered with the first receipt and lodges nothing. */
    @PostMapping("/claims")
    LodgingReceipt lodge(@RequestHeader("Idempotency-Key") String filingId, @RequestBody Lodging lodging);
}
