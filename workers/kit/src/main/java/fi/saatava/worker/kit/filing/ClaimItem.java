package fi.saatava.worker.kit.filing;

import java.time.LocalDate;

/**
 * One item of a claim as a summons or an enforcement application states it: an {@code amount} ({@code PRINCIPAL},
 * {@code COLLECTION_COST}, {@code LEGAL_COSTS}, …) or interest at {@code rate} % a year on {@code on} from
 * {@code from} ({@code to} null = until paid). Amounts and rates are the gateway's strings; workers forward them.
 */
public record ClaimItem(String kind, String amount, String rate, LocalDate from, LocalDate to, String on,
        String description, String basis) {
}
