package fi.saatava.law.fees;

import fi.saatava.law.ClaimKind;
import fi.saatava.law.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fee rules need to know about a claim (spec §1 engine data model).
 *
 * <p>When several claims of the same creditor go out in one letter, pass their summed principal: one letter fee on
 * the sum (spec §3.5, conservative rule), with the counters kept per claim by the caller.
 *
 * @param kind                  consumer or other claim
 * @param principal             the principal (pääoma), the bracket key of every fee table
 * @param dueDate               the claim's due date
 * @param directlyEnforceable   enforceable without a judgment (PerintäL 3 a § 1 k): lower caps
 * @param collector             who collects
 * @param commercialPayment     a MaksuehtoL 1 § payment (business or contracting authority pays a business for goods or
 *                              services): earns the 40 € standard compensation (10 i §); other claims only
 * @param vatAddOnPercent       the VAT rate a creditor that cannot deduct VAT may add on the maximums (10 e § 4 mom,
 *                              10 h § 5 mom), zero if none; other claims only
 * @param invoiceSentOn         when the invoice or other notice was sent, or {@code null} if the contract fixes the due
 *                              date without a separate notice (10 b § 1 mom)
 * @param suspensionRequestedOn when a consumer asked under 4 c § to suspend collection and move to legal collection, or
 *                              {@code null}; no costs for actions from that day (4 c § 2 mom)
 */
public record ClaimProfile(ClaimKind kind, Money principal, LocalDate dueDate, boolean directlyEnforceable,
                           CollectorKind collector, boolean commercialPayment, BigDecimal vatAddOnPercent,
                           LocalDate invoiceSentOn, LocalDate suspensionRequestedOn) {

    public ClaimProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(vatAddOnPercent, "vatAddOnPercent");
        if (principal.isNegative()) {
            throw new IllegalArgumentException("principal must not be negative");
        }
        if (vatAddOnPercent.signum() < 0) {
            throw new IllegalArgumentException("VAT add-on must not be negative");
        }
        if (kind == ClaimKind.CONSUMER && (commercialPayment || vatAddOnPercent.signum() != 0)) {
            throw new IllegalArgumentException(
                    "a consumer claim has no standard compensation (10 i §) and no VAT add-on (spec §3.1)");
        }
    }

    /** A consumer claim collected by a professional collector. */
    public static ClaimProfile consumer(Money principal, LocalDate dueDate) {
        return new ClaimProfile(ClaimKind.CONSUMER, principal, dueDate, false, CollectorKind.PROFESSIONAL, false,
                BigDecimal.ZERO, null, null);
    }

    /** An other (non-consumer) claim collected by a professional collector, not a commercial payment. */
    public static ClaimProfile other(Money principal, LocalDate dueDate) {
        return new ClaimProfile(ClaimKind.OTHER, principal, dueDate, false, CollectorKind.PROFESSIONAL, false,
                BigDecimal.ZERO, null, null);
    }

    public ClaimProfile asDirectlyEnforceable() {
        return new ClaimProfile(kind, principal, dueDate, true, collector, commercialPayment, vatAddOnPercent,
                invoiceSentOn, suspensionRequestedOn);
    }

    public ClaimProfile collectedBy(CollectorKind collectorKind) {
        return new ClaimProfile(kind, principal, dueDate, directlyEnforceable, collectorKind, commercialPayment,
                vatAddOnPercent, invoiceSentOn, suspensionRequestedOn);
    }

    public ClaimProfile asCommercialPayment() {
        return new ClaimProfile(kind, principal, dueDate, directlyEnforceable, collector, true, vatAddOnPercent,
                invoiceSentOn, suspensionRequestedOn);
    }

    public ClaimProfile withVatAddOn(BigDecimal percent) {
        return new ClaimProfile(kind, principal, dueDate, directlyEnforceable, collector, commercialPayment, percent,
                invoiceSentOn, suspensionRequestedOn);
    }

    public ClaimProfile withInvoiceSentOn(LocalDate date) {
        return new ClaimProfile(kind, principal, dueDate, directlyEnforceable, collector, commercialPayment,
                vatAddOnPercent, date, suspensionRequestedOn);
    }

    public ClaimProfile withSuspensionRequestedOn(LocalDate date) {
        return new ClaimProfile(kind, principal, dueDate, directlyEnforceable, collector, commercialPayment,
                vatAddOnPercent, invoiceSentOn, date);
    }
}
