package fi.saatava.gateway.creditors;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;

/** A creditor as the admin API shows it; amounts as strings with two decimals. */
record CreditorView(
        UUID id,
        String name,
        String businessId,
        String settlementIban,
        PostalAddress address,
        Creditor.Contact contact,
        String letterLanguage,
        Commission commission,
        String settlementInterval,
        Instant createdAt,
        List<ApiKeyView> apiKeys) {

    record Commission(String percent, String fixedFeePerClaim, String feeSharePercent) {
    }

    static CreditorView of(Creditor creditor, List<ApiKeyView> keys) {
        return new CreditorView(creditor.id(), creditor.name(), creditor.businessId(), creditor.settlementIban(),
                creditor.address(), creditor.contact(), creditor.letterLanguage(),
                new Commission(creditor.commission().percent().setScale(2).toPlainString(),
                        creditor.commission().fixedFeePerClaim().toString(),
                        creditor.commission().feeSharePercent().setScale(2).toPlainString()),
                creditor.settlementInterval().name(), creditor.createdAt(), keys);
    }
}
