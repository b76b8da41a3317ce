package fi.saatava.gateway.creditors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.law.money.Money;

/**
 * A registered creditor.
 *
 * @param settlementIban compact (no spaces)
 */
public record Creditor(
        UUID id,
        String name,
        String businessId,
        String settlementIban,
        PostalAddress address,
        Contact contact,
        String letterLanguage,
        Commission commission,
        Instant createdAt) {

    public record Contact(String name, String email, String phone) {
    }

    public record Commission(BigDecimal percent, Money fixedFeePerClaim) {
    }
}
