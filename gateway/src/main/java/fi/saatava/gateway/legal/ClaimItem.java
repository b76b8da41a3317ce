package fi.saatava.gateway.legal;

import java.time.LocalDate;

/**
 * One item of a claim as a summons or an enforcement application states it (docs/contracts.md, "Filings"): an
 * {@code amount}, or interest at {@code rate} % a year on {@code on} from {@code from} ({@code to} null: until paid).
 *
 * @param kind PRINCIPAL, LATE_INTEREST, COLLECTION_COST or LEGAL_COSTS
 */
record ClaimItem(String kind, String amount, String rate, LocalDate from, LocalDate to, String on,
                 String description, String basis) {

    static ClaimItem amount(String kind, String amount, String description, String basis) {
        return new ClaimItem(kind, amount, null, null, null, null, description, basis);
    }
}
