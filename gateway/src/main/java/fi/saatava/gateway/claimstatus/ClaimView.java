package fi.saatava.gateway.claimstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.Debtor;
import fi.saatava.gateway.claims.Invoice;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.gateway.process.ProcessState;

/**
 * A claim as {@code GET /api/v1/claims/{id}} shows it; the debtor's henkilötunnus is masked.
 *
 * @param closed  how and when the claim was closed, {@code null} while open
 * @param notices what the process asked the creditor to decide or know, oldest first
 */
public record ClaimView(
        UUID id,
        String creditorReference,
        String referenceNumber,
        Instant receivedAt,
        DebtorView debtor,
        InvoiceView invoice,
        TermsView terms,
        Instant legalCollectionRequestedAt,
        Claim.Closure closed,
        ProcessState process,
        List<LetterSummary> letters,
        List<ClaimEvents.CreditorNotice> notices) {

    public record DebtorView(String type, String name, String identityCode, PostalAddress address, String language,
                             String email, String phone, ConsentView electronicLettersConsent) {
    }

    public record ConsentView(LocalDate givenOn, LocalDate validThrough) {
    }

    public record InvoiceView(String number, LocalDate invoiceDate, LocalDate dueDate, String principal,
                              String description, boolean reminderAlreadySent, LocalDate reminderSentOn,
                              List<LineView> lines) {
    }

    public record LineView(int lineNumber, String description, String amount) {
    }

    public record TermsView(boolean consumerClaim, boolean commercialPayment, boolean directlyEnforceable,
                            String contractualInterestRate) {
    }

    static ClaimView of(Claim claim, ProcessState process, List<LetterSummary> letters,
                        List<ClaimEvents.CreditorNotice> notices) {
        Debtor debtor = claim.debtor();
        Invoice invoice = claim.invoice();
        return new ClaimView(
                claim.id(),
                claim.creditorReference(),
                claim.referenceNumber(),
                claim.receivedAt(),
                new DebtorView(debtor.type().name(), debtor.name(), debtor.type().mask(debtor.identityCode()),
                        debtor.address(), debtor.language(), debtor.email(), debtor.phone(),
                        debtor.electronicLettersConsent() == null ? null : new ConsentView(
                                debtor.electronicLettersConsent().givenOn(),
                                debtor.electronicLettersConsent().validThrough())),
                new InvoiceView(invoice.number(), invoice.invoiceDate(), invoice.dueDate(),
                        invoice.principal().toString(), invoice.description(), invoice.reminderSentByCreditor(),
                        invoice.reminderSentOn(), invoice.lines().stream()
                        .map(line -> new LineView(line.lineNumber(), line.description(), line.amount().toString()))
                        .toList()),
                new TermsView(claim.terms().consumerClaim(), claim.terms().commercialPayment(),
                        claim.terms().directlyEnforceable(), claim.terms().contractualInterestRate() == null ? null
                        : claim.terms().contractualInterestRate().setScale(2).toPlainString()),
                claim.legalCollectionRequestedAt(),
                claim.closure(),
                process,
                letters,
                notices);
    }
}
