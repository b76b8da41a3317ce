package fi.saatava.worker.kit.filing;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** Tells the gateway that an authority accepted a filing (docs/contracts.md, "Filings"). */
@FeignClient(contextId = "filingReceipts", name = "saatava-gateway-filings", url = "${saatava.gateway.url}",
        path = "/api/internal/filings", configuration = GatewayClientConfiguration.class)
public interface FilingReceiptClient {

    @PostMapping("/{filingId}/receipt")
    void record(@PathVariable("filingId") String filingId, @RequestBody FilingReceipt receipt);
}
