package fi.saatava.gateway.creditors;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import fi.saatava.gateway.claims.AddressRequest;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.law.identifiers.Iban;
import fi.saatava.law.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a creditor together with its first API key. */
@Service
class CreditorRegistration {

    private static final Logger log = LoggerFactory.getLogger(CreditorRegistration.class);

    private final CreditorRepository creditors;
    private final ApiKeys apiKeys;
    private final Clock clock;

    CreditorRegistration(CreditorRepository creditors, ApiKeys apiKeys, Clock clock) {
        this.creditors = creditors;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    record Registered(Creditor creditor, ApiKeys.IssuedKey apiKey) {
    }

    @Transactional
    Registered register(CreditorRequest request) {
        AddressRequest address = request.address();
        CreditorRequest.Contact contact = request.contact();
        Creditor creditor = new Creditor(
                UUID.randomUUID(),
                request.name().trim(),
                request.businessId().trim(),
                Iban.compact(request.settlementIban()),
                new PostalAddress(address.street().trim(), address.postalCode(), address.city().trim(),
                        address.country()),
                new Creditor.Contact(contact.name().trim(), contact.email().trim(), contact.phone()),
                request.letterLanguage(),
                new Creditor.Commission(new BigDecimal(request.commission().percent()),
                        Money.of(request.commission().fixedFeePerClaim()),
                        request.commission().feeSharePercent() == null ? BigDecimal.ZERO
                                : new BigDecimal(request.commission().feeSharePercent())),
                request.settlementInterval() == null ? SettlementInterval.EVERY_RUN
                        : SettlementInterval.valueOf(request.settlementInterval()),
                clock.instant());
        if (!creditors.insertIfNew(creditor)) {
            throw new ConflictException("A creditor with business id " + creditor.businessId()
                    + " is already registered");
        }
        ApiKeys.IssuedKey key = apiKeys.issue(creditor.id());
        log.info("Registered creditor {} ({})", creditor.id(), creditor.name());
        return new Registered(creditor, key);
    }
}
