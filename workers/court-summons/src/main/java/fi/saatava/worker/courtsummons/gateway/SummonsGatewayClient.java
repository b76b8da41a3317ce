package fi.saatava.worker.courtsummons.gateway;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.filing.FilingRequest;
import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal API as the court-summons worker uses it (docs/contracts.md, "Filings"). */
@FeignClient(contextId = "summonsGateway", name = "saatava-gateway-summons", url = "${saatava.gateway.url}",
        path = "/api/internal/claims", configuration = GatewayClientConfiguration.class)
public interface SummonsGatewayClient {

    /** Prepares (first call) or returns (later calls) the application of this filing. */
    @PostMapping("/{claimId}/summons-applications")
    SummonsApplication summonsApplication(@PathVariable("claimId") String claimId, @RequestBody FilingRequest request);
}
