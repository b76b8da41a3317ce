package fi.saatava.gateway.creditors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.law.money.Money;

/**
 * A registered creditor.
 *
 * @param settlementIban     compact (no spaces)
 * @param settlementInterval how often the settlement runs pay the creditor
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
        SettlementInterval settlementInterval,
        Instant createdAt) {

    public record Contact(String name, String email, String phone) {
    }

    /**
     * The creditor's terms with the agency (settlements, spec: issue 7).
     *
     * @param percent          the agency's share of the principal and interest collected
     * @param fixedFeePerClaim charged once per claim, in its first settlement
     * @param feeSharePercent  the creditor's share of the collection costs collected; the rest is the agency's
     */
    public record Commission(BigDecimal percent, Money fixedFeePerClaim, BigDecimal feeSharePercent) {
    }
}
