package fi.saatava.law.identifiers;

import fi.saatava.law.money.Money;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The 54-digit virtual bank barcode (virtuaaliviivakoodi), versions 4 (national reference) and 5 (RF reference),
 * per the Bank Bar Code Guide 5.3 (spec §12.6).
 *
 * <p>Layout: version (1) · IBAN digits after FI (16) · euros (6) · cents (2) · v4: {@code 000} + reference padded to
 * 20 / v5: RF check digits (2) + RF body padded to 21 (23) · due date YYMMDD (6). No amount, or an amount over
 * 999 999.99 €, is written as zeros; no due date as {@code 000000}.
 */
public final class VirtualBarcode {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Money LARGEST_AMOUNT = Money.of("999999.99");

    private VirtualBarcode() {
    }

    /**
     * Version 4 barcode for a national reference.
     *
     * @param amount  the amount to pay, or {@code null} for none
     * @param dueDate the due date, or {@code null} for none
     * @throws IllegalArgumentException if the IBAN or reference is invalid or the amount is negative
     */
    public static String version4(String iban, String reference, Money amount, LocalDate dueDate) {
        ReferenceNumber.validate(reference).orThrow();
        return "4" + accountAndAmount(iban, amount) + "000" + leftPad(ReferenceNumber.compact(reference), 20)
                + dueDate(dueDate);
    }

    /**
     * Version 5 barcode for an RF reference with a numeric body of at most 21 digits.
     *
     * @throws IllegalArgumentException if the IBAN or RF reference is invalid, the body is not numeric or too long, or
     *                                  the amount is negative
     */
    public static String version5(String iban, String rfReference, Money amount, LocalDate dueDate) {
        RfReference.validate(rfReference).orThrow();
        String rf = RfReference.compact(rfReference);
        String body = rf.substring(4);
        if (!Henkilotunnus.allDigits(body)) {
            throw new IllegalArgumentException("a version 5 barcode can carry only an RF reference with a numeric body");
        }
        return "5" + accountAndAmount(iban, amount) + rf.substring(2, 4) + leftPad(body, 21) + dueDate(dueDate);
    }

    /** Checks length, version, the embedded IBAN and reference, and the due date. */
    public static Validation validate(String text) {
        if (text == null || text.isBlank()) {
            return Validation.invalid("virtual barcode is empty");
        }
        String code = text.trim();
        if (code.length() != 54 || !Henkilotunnus.allDigits(code)) {
            return Validation.invalid("virtual barcode must be 54 digits");
        }
        char version = code.charAt(0);
        if (version != '4' && version != '5') {
            return Validation.invalid("version (first digit) must be 4 or 5");
        }
        Validation iban = Iban.validate("FI" + code.substring(1, 17));
        if (!iban.valid()) {
            return Validation.invalid("account (digits 2-17): " + iban.problem());
        }
        if (version == '4' && !code.startsWith("000", 25)) {
            return Validation.invalid("digits 26-28 of a version 4 barcode must be 000");
        }
        Validation reference = version == '4'
                ? ReferenceNumber.validate(stripLeadingZeros(code.substring(28, 48)))
                : RfReference.validate("RF" + code.substring(25, 27) + stripLeadingZeros(code.substring(27, 48)));
        if (!reference.valid()) {
            return Validation.invalid("reference (digits 26-48): " + reference.problem());
        }
        String due = code.substring(48);
        if (!due.equals("000000") && !isDate(due)) {
            return Validation.invalid("due date (digits 49-54) must be YYMMDD or 000000");
        }
        return Validation.ok();
    }

    private static String accountAndAmount(String iban, Money amount) {
        Iban.validate(iban).orThrow();
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException("barcode amount must not be negative");
        }
        long cents = amount == null || amount.isGreaterThan(LARGEST_AMOUNT) ? 0 : amount.cents();
        return Iban.compact(iban).substring(2) + String.format("%08d", cents);
    }

    private static String dueDate(LocalDate dueDate) {
        return dueDate == null ? "000000" : dueDate.format(YYMMDD);
    }

    private static String leftPad(String digits, int width) {
        if (digits.length() > width) {
            throw new IllegalArgumentException("reference has more than " + width + " digits and does not fit the barcode");
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    private static String stripLeadingZeros(String digits) {
        return digits.replaceFirst("^0+", "");
    }

    private static boolean isDate(String yymmdd) {
        try {
            LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
