package fi.saatava.gateway.payments;

import fi.saatava.law.identifiers.ReferenceNumber;
import fi.saatava.law.identifiers.RfReference;

/**
 * What a payer's creditor reference points to: the Finnish national reference of a claim (spec §12.3), written as
 * such (banks may pad it with leading zeros) or as an RF reference whose body is the national reference (spec §12.4).
 *
 * @param nationalReference the digits with their check digit, or null when the reference is missing or invalid
 * @param problem           why there is no national reference, else null
 */
public record PaymentReference(String nationalReference, UnmatchedReason problem) {

    public static PaymentReference of(String given) {
        if (given == null || given.isBlank()) {
            return new PaymentReference(null, UnmatchedReason.NO_REFERENCE);
        }
        String compact = RfReference.compact(given);
        if (compact.startsWith("RF")) {
            if (!RfReference.validate(compact).valid()) {
                return invalid();
            }
            PaymentReference body = national(stripLeadingZeros(compact.substring(4)));
            // A correct RF reference whose body is no Finnish reference was not made by this agency.
            return body.valid() ? body : new PaymentReference(null, UnmatchedReason.UNKNOWN_REFERENCE);
        }
        return national(stripLeadingZeros(compact));
    }

    public boolean valid() {
        return nationalReference != null;
    }

    private static PaymentReference national(String digits) {
        return ReferenceNumber.validate(digits).valid()
                ? new PaymentReference(digits, null)
                : invalid();
    }

    private static PaymentReference invalid() {
        return new PaymentReference(null, UnmatchedReason.INVALID_REFERENCE);
    }

    private static String stripLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }
}
