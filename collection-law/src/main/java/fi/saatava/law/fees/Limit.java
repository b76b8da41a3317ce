package fi.saatava.law.fees;

import fi.saatava.law.money.Money;
import java.math.BigDecimal;

/** A statutory maximum with the words that justify it. */
record Limit(Money amount, String reason) {

    static Limit euros(int euros, String reason) {
        return new Limit(Money.ofCents(euros * 100L), reason);
    }

    /** Adds the VAT equivalent a creditor that cannot deduct VAT may charge on top (10 e § 4 mom, 10 h § 5 mom). */
    Limit withVatAddOn(BigDecimal percent, String section) {
        if (percent.signum() == 0) {
            return this;
        }
        return new Limit(amount.plus(amount.percent(percent)), reason + ", plus the " + percent.stripTrailingZeros()
                .toPlainString() + " % VAT equivalent (" + section + ")");
    }
}
