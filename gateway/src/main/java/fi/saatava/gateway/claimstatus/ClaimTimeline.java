package fi.saatava.gateway.claimstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.events.CreditorEvent;
import fi.saatava.gateway.events.CreditorEventViews;
import fi.saatava.gateway.events.RecordedBy;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.letters.LetterSummary;

/** Puts everything recorded about a claim in the order it happened. */
final class ClaimTimeline {

    private ClaimTimeline() {
    }

    static List<TimelineEntry> of(Claim claim, List<LedgerEntry> entries, List<LetterSummary> letters,
                                  List<CreditorEvent> events, List<ClaimEvents.CreditorNotice> notices) {
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(entry(claim.receivedAt(), null, "CLAIM_RECEIVED", "Claim " + claim.creditorReference()
                + " received for collection, reference number " + claim.referenceNumber(), null));
        for (LedgerEntry ledgerEntry : entries) {
            timeline.add(new TimelineEntry(ledgerEntry.bookedAt(), ledgerEntry.valueDate(), ledgerEntry.type().name(),
                    ledgerEntry.description(), ledgerEntry.amount().toString(),
                    ledgerEntry.fee() == null ? null : ledgerEntry.fee().letterId(),
                    CreditorEventViews.entryView(ledgerEntry)));
        }
        for (LetterSummary letter : letters) {
            timeline.add(new TimelineEntry(letter.createdAt(), null, "LETTER_PREPARED", letter.type()
                    + " prepared, payment deadline " + letter.dueDate(), null, letter.id(), null));
            if (letter.dispatchedAt() != null) {
                timeline.add(new TimelineEntry(letter.dispatchedAt(), null, "LETTER_SENT", letter.type()
                        + " sent via " + letter.channel(), null, letter.id(), null));
            }
            if (letter.voidedAt() != null) {
                timeline.add(new TimelineEntry(letter.voidedAt(), null, "LETTER_VOIDED", letter.type()
                        + " voided before it was sent: its task was cancelled", null, letter.id(), null));
            }
        }
        for (CreditorEvent event : events) {
            if (event.ledgerEntryId() == null) {
                boolean byOperator = event.recordedBy() == RecordedBy.OPERATOR;
                timeline.add(entry(event.receivedAt(), null, byOperator ? "OPERATOR_EVENT" : "CREDITOR_EVENT",
                        event.type() + (byOperator ? " recorded by an operator (" : " reported (")
                        + event.eventReference() + ")" + (event.messageName() == null ? ""
                        : "; the process was told " + event.messageName()), null));
            }
        }
        for (ClaimEvents.CreditorNotice notice : notices) {
            timeline.add(entry(notice.createdAt(), null, "NOTICE", "For the creditor: " + notice.notice(), null));
        }
        if (claim.legalCollectionRequestedAt() != null) {
            timeline.add(entry(claim.legalCollectionRequestedAt(), null, "LEGAL_COLLECTION_REQUESTED",
                    "The debtor asked to move to legal collection; no further collection costs (PerintäL 4 c §)",
                    null));
        }
        if (claim.closure() != null) {
            timeline.add(entry(claim.closure().closedAt(), null, "CLOSED", "Closed: " + claim.closure().reason(),
                    null));
        }
        // Stable: what was recorded at the same instant keeps the order above (a fee before the letter it is for).
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return timeline;
    }

    private static TimelineEntry entry(Instant at, LocalDate date, String type, String description, String amount) {
        return new TimelineEntry(at, date, type, description, amount, null, null);
    }
}
