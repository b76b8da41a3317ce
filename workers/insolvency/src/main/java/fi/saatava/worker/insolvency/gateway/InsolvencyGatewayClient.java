package fi.saatava.worker.insolvency.gateway;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal API as the insolvency worker uses it (docs/contracts.md, "Filings"). */
@FeignClient(contextId = "insolvencyGateway", name = "saatava-gateway-insolvency", url = "${saatava.gateway.url}",
        path = "/api/internal/claims", configuration = GatewayClientConfiguration.class)
public interface InsolvencyGatewayClient {

    /** Prepares (first call) or returns (later calls) the claim to lodge for this filing. */
    @PostMapping("/{claimId}/insolvency-claims")
    InsolvencyClaim insolvencyClaim(@PathVariable("claimId") String claimId, @RequestBody FilingRequest request);
}
