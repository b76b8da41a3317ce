package fi.saatava.worker.enforcement.authority;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The enforcement authority's interface for system applicants (UK 3:1 3 k; docs/contracts.md, "Enforcement"). The
 * base URL is {@code saatava.enforcement.authority-url} (default: the simulators' {@code /enforcement/v1}).
 */
@FeignClient(contextId = "enforcementAuthority", name = "enforcement-authority",
        url = "${saatava.enforcement.authority-url:${saatava.simulators.url}/enforcement/v1}",
        configuration = EnforcementAuthorityClientConfiguration.class)
public interface EnforcementAuthorityClient {

    /** Files an application; a repeated key is answered with the first receipt and opens no second case. */
    @PostMapping("/applications")
    EnforcementReceipt file(@RequestHeader("Idempotency-Key") String filingId,
            @RequestBody AuthorityApplication application);

    /** Remittances and obstacle certificates not yet acknowledged, oldest first. */
    @GetMapping("/events")
    List<EnforcementEvent> events();

    @PostMapping("/events/{eventId}/acknowledgement")
    void acknowledge(@PathVariable("eventId") String eventId);
}
