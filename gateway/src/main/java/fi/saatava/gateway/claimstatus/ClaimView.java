package fi.saatava.gateway.claimstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.claims.Debtor;
import fi.saatava.gateway.claims.Invoice;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.gateway.process.ProcessState;

/**
 * A claim as {@code GET /api/v1/claims/{id}} shows it; the debtor's henkilötunnus is masked, amounts are strings
 * with two decimals.
 *
 * @param status         OPEN, PAID, CLOSED or ENDED
 * @param stage          where collection stands, {@code null} before the process reached its first stage
 * @param stageChangedAt when the claim entered the stage
 * @param balances       what the ledger says on {@code balances.asOf}
 * @param nextStep       what the process waits for and until when, {@code null} once it ended
 * @param timeline       every entry, letter, report, notice and decision in the order it happened
 * @param closed         how and when the claim was closed, {@code null} while open
 * @param notices        what the process asked the creditor to decide or know, oldest first
 */
public record ClaimView(
        UUID id,
        String creditorReference,
        String referenceNumber,
        Instant receivedAt,
        ClaimStatus status,
        ClaimStage stage,
        Instant stageChangedAt,
        BalancesView balances,
        NextStep nextStep,
        List<TimelineEntry> timeline,
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

    /**
     * @param fees            collection costs outstanding (fees and the standard compensation)
     * @param paid            what payments covered
     * @param credited        what credit notes took off the principal
     * @param overpaid        paid beyond the whole debt, to be refunded
     * @param outstanding     principal + interest + fees
     * @param interestThrough the last day interest is included for
     * @param interestNotice  why interest stops before {@code asOf}, if it does
     */
    public record BalancesView(LocalDate asOf, String principal, String interest, String fees, String paid,
                               String credited, String overpaid, String outstanding, LocalDate interestThrough,
                               String interestNotice) {

        static BalancesView of(Balances balances) {
            return new BalancesView(balances.asOf(), balances.principal().toString(), balances.interest().toString(),
                    balances.costs().toString(), balances.paid().toString(), balances.credited().toString(),
                    balances.overpaid().toString(), balances.outstanding().toString(), balances.interestThrough(),
                    balances.interestNotice());
        }
    }

    /**
     * @param stage    the stage the step belongs to
     * @param activity what the process does or waits for, as named in the model
     * @param at       when it happens: a timer's due time; {@code null} when it waits for a worker, an operator or a
     *                 message
     */
    public record NextStep(ClaimStage stage, String activity, Instant at) {

        static NextStep of(ClaimStage stage, ProcessState process) {
            if (!"RUNNING".equals(process.state())) {
                return null;
            }
            return process.timers().stream().min(Comparator.comparing(ProcessState.Timer::dueAt))
                    .map(timer -> new NextStep(stage, nameOf(timer.activityId(), process), timer.dueAt()))
                    .orElseGet(() -> new NextStep(stage, process.currentActivities().isEmpty() ? null
                            : process.currentActivities().get(0).name(), null));
        }

        private static String nameOf(String activityId, ProcessState process) {
            return process.currentActivities().stream().filter(activity -> activity.id().equals(activityId))
                    .map(ProcessState.Activity::name).findFirst().orElse(activityId);
        }
    }

    public record TermsView(boolean consumerClaim, boolean commercialPayment, boolean directlyEnforceable,
                            String contractualInterestRate) {
    }

    static ClaimView of(Claim claim, ClaimProgress progress, Balances balances, List<TimelineEntry> timeline,
                        ProcessState process, List<LetterSummary> letters, List<ClaimEvents.CreditorNotice> notices) {
        Debtor debtor = claim.debtor();
        Invoice invoice = claim.invoice();
        return new ClaimView(
                claim.id(),
                claim.creditorReference(),
                claim.referenceNumber(),
                claim.receivedAt(),
                progress.status(),
                progress.stage(),
                progress.stageChangedAt(),
                BalancesView.of(balances),
                NextStep.of(progress.stage(), process),
                timeline,
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
