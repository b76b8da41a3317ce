package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimNotFoundException;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.SentDrafts;
import fi.saatava.gateway.problem.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The claim's tratta for the credit bureau's register (docs/contracts.md, "Tratta as sent"): the parties, the invoice
 * and what the tratta letter said, so the registered draft matches what the debtor received (spec §2.7).
 */
@Component
class DraftDocuments {

    private final ClaimRepository claims;
    private final SentDrafts drafts;
    private final FilingParties parties;

    DraftDocuments(ClaimRepository claims, SentDrafts drafts, FilingParties parties) {
        this.claims = claims;
        this.drafts = drafts;
        this.parties = parties;
    }

    record DraftDocument(String claimId, String letterId, FilingParties.Organisation creditor,
                         FilingParties.Party debtor, Invoice invoice, String amount, LocalDate sentOn,
                         LocalDate dueDate, LocalDate reminderSentOn, LocalDate reminderDeadline) {
    }

    record Invoice(String number, LocalDate date, LocalDate dueDate, String description) {
    }

    DraftDocument of(UUID claimId) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        SentDrafts.SentDraft draft = drafts.of(claimId).orElseThrow(() -> new NoTrattaException(claimId));
        return new DraftDocument(claimId.toString(), draft.letterId().toString(), parties.creditor(claim),
                parties.debtor(claim),
                new Invoice(claim.invoice().number(), claim.invoice().invoiceDate(), claim.invoice().dueDate(),
                        claim.invoice().description()),
                draft.amount(), draft.sentOn(), draft.dueDate(), draft.reminderSentOn(), draft.reminderDeadline());
    }

    static class NoTrattaException extends NotFoundException {

        NoTrattaException(UUID claimId) {
            super("Claim " + claimId + " has no tratta reported sent");
        }
    }
}
