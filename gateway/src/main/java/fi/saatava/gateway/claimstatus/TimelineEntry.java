package fi.saatava.gateway.claimstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.saatava.gateway.events.CreditorEventView;

/**
 * One thing that happened to a claim.
 *
 * @param at          when it was recorded
 * @param date        the day it takes effect (a payment's day of payment, a letter's date), if not {@code at}'s day
 * @param type        e.g. CLAIM_RECEIVED, FEE, PAYMENT, LETTER_SENT, CREDITOR_EVENT, OPERATOR_EVENT (a dispute an
 *                    operator recorded), NOTICE, CLOSED
 * @param description what and why: a fee's legal explanation, a payment's allocation order, a closing reason
 * @param amount      euros with two decimals, for entries with money
 * @param letterId    the letter it concerns
 * @param ledgerEntry the ledger entry, with its lines (a payment's allocation)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(Instant at, LocalDate date, String type, String description, String amount,
                            UUID letterId, CreditorEventView.LedgerEntryView ledgerEntry) {
}
