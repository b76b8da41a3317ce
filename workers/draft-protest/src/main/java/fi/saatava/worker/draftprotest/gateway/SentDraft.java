package fi.saatava.worker.draftprotest.gateway;

import java.time.LocalDate;

import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/**
 * The claim's tratta as it was sent ({@code GET /api/internal/claims/{claimId}/draft}, docs/contracts.md), taken from
 * the TRATTA letter's snapshot so it never changes: the amount and dates the bureau registers (spec §2.7).
 *
 * @param reminderSentOn   the prior reminder, whose deadline of at least 10 days had passed (PerintäL 7 § 3 mom)
 * @param reminderDeadline that reminder's payment and objection deadline
 */
public record SentDraft(
        String claimId,
        String letterId,
        Organisation creditor,
        Debtor debtor,
        Invoice invoice,
        String amount,
        LocalDate sentOn,
        LocalDate dueDate,
        LocalDate reminderSentOn,
        LocalDate reminderDeadline) {

    public record Invoice(String number, LocalDate date, LocalDate dueDate, String description) {
    }
}
