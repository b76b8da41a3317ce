package fi.saatava.worker.draftprotest.gateway;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal API as the draft-protest worker uses it (docs/contracts.md, "Filings"). */
@FeignClient(contextId = "draftGateway", name = "saatava-gateway-drafts", url = "${saatava.gateway.url}",
        path = "/api/internal/claims", configuration = GatewayClientConfiguration.class)
public interface DraftGatewayClient {

    @GetMapping("/{claimId}/draft")
    SentDraft draft(@PathVariable("claimId") String claimId);

    @GetMapping("/{claimId}/payment-notice")
    PaidClaim paymentNotice(@PathVariable("claimId") String claimId);
}
