package fi.saatava.worker.letters.gateway;

import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import fi.saatava.worker.kit.http.GatewayClientConfiguration;

/** The gateway's internal letter API (docs/contracts.md); every call is idempotent on the letter id. */
@FeignClient(contextId = "lettersGateway", name = "saatava-gateway", url = "${saatava.gateway.url}",
        path = "/api/internal/letters", configuration = GatewayClientConfiguration.class)
public interface LetterGatewayClient {

    @GetMapping("/{letterId}")
    LetterSnapshot letter(@PathVariable("letterId") UUID letterId);

    /** Stores the rendered PDF; the first upload wins. */
    @PutMapping(value = "/{letterId}/document", consumes = MediaType.APPLICATION_PDF_VALUE)
    void uploadDocument(@PathVariable("letterId") UUID letterId, @RequestBody byte[] pdf);

    /** Marks the letter sent; repeating it changes nothing. */
    @PostMapping("/{letterId}/dispatch")
    void reportDispatch(@PathVariable("letterId") UUID letterId, @RequestBody DispatchReport report);
}
