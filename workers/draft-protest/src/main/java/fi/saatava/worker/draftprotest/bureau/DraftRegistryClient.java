package fi.saatava.worker.draftprotest.bureau;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The credit bureau's tratta register and payment notices (docs/contracts.md, "Tratta register"). The base URL is
 * {@code saatava.draft-protest.bureau-url} (default: the simulators' {@code /credit-bureau/v1}). Every call carries
 * the key {@code <claimId>:<action>} ({@link DraftAction}), so a retried call has no second effect.
 */
@FeignClient(contextId = "draftRegistry", name = "draft-registry",
        url = "${saatava.draft-protest.bureau-url:${saatava.simulators.url}/credit-bureau/v1}",
        configuration = DraftRegistryClientConfiguration.class)
public interface DraftRegistryClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @PostMapping("/drafts")
    DraftRegistration register(@RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody DraftRegistrationRequest draft);

    @PostMapping("/drafts/{draftId}/publication")
    DraftPublication publish(@PathVariable("draftId") String draftId, @RequestHeader(IDEMPOTENCY_KEY) String key,
            @RequestBody PublicationRequest request);

    @PostMapping("/payment-notices")
    PaymentNoticeReceipt paymentNotice(@RequestHeader(IDEMPOTENCY_KEY) String key, @RequestBody PaymentNotice notice);
}
