package fi.saatava.worker.draftprotest.bureau;

import java.time.LocalDate;

import fi.saatava.worker.draftprotest.gateway.SentDraft;
import fi.saatava.worker.kit.party.Debtor;

/** Body of {@code POST /drafts}: the sent tratta and the reminder before it (PerintäL 7 §). */
public record DraftRegistrationRequest(
        BureauCreditor creditor,
        String creditorReference,
        Debtor debtor,
        String amount,
        String currency,
        Invoice invoice,
        LocalDate sentOn,
        LocalDate dueDate,
        LocalDate reminderSentOn,
        LocalDate reminderDeadline) {

    public record Invoice(String number, LocalDate date, LocalDate dueDate) {
    }

    public static DraftRegistrationRequest of(SentDraft draft) {
        return new DraftRegistrationRequest(BureauCreditor.of(draft.creditor()), draft.claimId(), draft.debtor(),
                draft.amount(), "EUR",
                new Invoice(draft.invoice().number(), draft.invoice().date(), draft.invoice().dueDate()),
                draft.sentOn(), draft.dueDate(), draft.reminderSentOn(), draft.reminderDeadline());
    }
}
