package fi.saatava.worker.courtsummons.court;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The district court's system interface for summary cases (Santra-like; docs/contracts.md, "Court"). The base URL is
 * {@code saatava.court-summons.court-url} (default: the simulators' {@code /court/v1}).
 */
@FeignClient(contextId = "court", name = "court", url = "${saatava.court-summons.court-url:${saatava.simulators.url}/court/v1}",
        configuration = CourtClientConfiguration.class)
public interface CourtClient {

    /** Files an application; a repeated key is answered with the first receipt and files nothing. */
    @PostMapping("/summons-applications")
    SummonsReceipt file(@RequestHeader("Idempotency-Key") String filingId, @RequestBody CourtApplication application);

    /** The decisions not yet acknowledged, oldest first. */
    @GetMapping("/decisions")
    List<CourtDecision> decisions();

    @PostMapping("/decisions/{decisionId}/acknowledgement")
    void acknowledge(@PathVariable("decisionId") String decisionId);
}
