package fi.saatava.worker.creditcheck.gateway;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal API as the credit-check worker uses it (docs/contracts.md). */
@FeignClient(contextId = "creditCheckGateway", name = "saatava-gateway", url = "${saatava.gateway.url}",
        path = "/api/internal/claims", configuration = GatewayClientConfiguration.class)
public interface CreditCheckGatewayClient {

    @GetMapping("/{claimId}/credit-check-subject")
    CreditCheckSubject creditCheckSubject(@PathVariable("claimId") UUID claimId);
}
