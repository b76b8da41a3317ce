package fi.saatava.gateway.claims;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a validated claim and starts its collection process in one transaction: the engine shares the Spring
 * transaction manager, so either the claim and its process both exist or neither does.
 */
@Service
public class ClaimIntake {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntake.class);

    private final ClaimRepository claims;
    private final RuntimeService runtimeService;
    private final Clock clock;

    ClaimIntake(ClaimRepository claims, RuntimeService runtimeService, Clock clock) {
        this.claims = claims;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** @return the new claim's id, which is also the business key of its process instance */
    @Transactional
    public UUID submit(ClaimRequest request) {
        Claim claim = newClaim(request);
        claims.insert(claim);
        // Consumer collection for business debtors too until a business-collection process exists; the law engine
        // still applies the business rules where it distinguishes them (e.g. the letter interval, spec §2.2).
        ProcessInstance process = runtimeService.startProcessInstanceByKey(
                ProcessContract.Processes.CONSUMER_COLLECTION,
                claim.id().toString(),
                Map.of(ProcessContract.Variables.CLAIM_ID, claim.id().toString(),
                        ProcessContract.Variables.REMINDER_SENT_BY_CREDITOR, claim.invoice().reminderSentByCreditor()));
        claims.recordProcessInstance(claim.id(), process.getId());
        log.info("Claim {} received ({} debtor), process instance {}", claim.id(), claim.debtor().type(),
                process.getId());
        return claim.id();
    }

    private Claim newClaim(ClaimRequest request) {
        DebtorRequest debtorRequest = request.debtor();
        DebtorType type = DebtorType.valueOf(debtorRequest.type());
        AddressRequest address = debtorRequest.address();
        Debtor debtor = new Debtor(
                type,
                debtorRequest.name().trim(),
                type.normalizeIdentityCode(debtorRequest.identityCode()),
                new PostalAddress(address.street().trim(), address.postalCode(), address.city().trim(),
                        address.country()),
                debtorRequest.language());
        InvoiceRequest invoiceRequest = request.invoice();
        Invoice invoice = new Invoice(
                invoiceRequest.number().trim(),
                invoiceRequest.invoiceDate(),
                invoiceRequest.dueDate(),
                Money.of(invoiceRequest.principal()),
                invoiceRequest.description().trim(),
                invoiceRequest.reminderSentOn());
        String referenceNumber = ReferenceNumber.generate(Long.toString(claims.nextReferenceBase()));
        return new Claim(UUID.randomUUID(), request.creditorReference(), referenceNumber, clock.instant(), debtor,
                invoice, null, null, null);
    }
}
