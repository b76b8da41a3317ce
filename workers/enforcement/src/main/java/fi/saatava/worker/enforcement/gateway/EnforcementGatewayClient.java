package fi.saatava.worker.enforcement.gateway;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal API as the enforcement worker uses it (docs/contracts.md, "Filings"). */
@FeignClient(contextId = "enforcementGateway", name = "saatava-gateway-enforcement", url = "${saatava.gateway.url}",
        path = "/api/internal/claims", configuration = GatewayClientConfiguration.class)
public interface EnforcementGatewayClient {

    /** Prepares (first call) or returns (later calls) the application of this filing. */
    @PostMapping("/{claimId}/enforcement-applications")
    EnforcementApplication enforcementApplication(@PathVariable("claimId") String claimId,
            @RequestBody FilingRequest request);
}
