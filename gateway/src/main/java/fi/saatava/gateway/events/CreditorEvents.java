package fi.saatava.gateway.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.claims.RequestFingerprint;
import fi.saatava.gateway.ledger.LedgerEntry;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.payments.BalanceMessages;
import fi.saatava.gateway.payments.ProcessMessage;
import fi.saatava.gateway.problem.ConflictException;
import fi.saatava.gateway.problem.FieldProblem;
import fi.saatava.gateway.problem.ProblemResponses;
import fi.saatava.gateway.process.ClaimMessages;
import fi.saatava.law.money.Money;
import fi.saatava.process.ProcessContract.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Records what a creditor reports about a claim: books its money in the ledger and tells the claim's process, all in
 * one transaction. A report the process cannot take now (a withdrawal or dispute after collection ended, a dispute
 * while the claim is not in collection, an additional claim on a closed claim) is refused whole with 409, so nothing
 * is half done.
 */
@Service
public class CreditorEvents {

    private static final Logger log = LoggerFactory.getLogger(CreditorEvents.class);

    private final CreditorEventRepository events;
    private final ClaimRepository claims;
    private final LedgerService ledger;
    private final ClaimMessages messages;
    private final BalanceMessages balanceMessages;
    private final RequestFingerprint fingerprint;
    private final ObjectMapper json;
    private final Clock clock;

    CreditorEvents(CreditorEventRepository events, ClaimRepository claims, LedgerService ledger,
                   ClaimMessages messages, BalanceMessages balanceMessages, RequestFingerprint fingerprint,
                   ObjectMapper json, Clock clock) {
        this.balanceMessages = balanceMessages;
        this.events = events;
        this.claims = claims;
        this.ledger = ledger;
        this.messages = messages;
        this.fingerprint = fingerprint;
        this.json = json;
        this.clock = clock;
    }

    /** @param created false for a replay of an event recorded earlier (nothing was recorded now) */
    record Recorded(CreditorEvent event, boolean created) {
    }

    /** @param recordedBy the creditor, or an operator recording what the debtor told the agency */
    @Transactional
    Recorded record(UUID claimId, CreditorEventRequest request, RecordedBy recordedBy) {
        claims.lock(claimId);
        Claim claim = claims.require(claimId);
        // The type is part of what was reported: two kinds of event never look the same.
        String sha256 = fingerprint.of(List.of(request.type(), request));
        Optional<CreditorEvent> earlier = events.find(claimId, request.eventReference());
        if (earlier.isPresent()) {
            if (!earlier.get().requestSha256().equals(sha256) || earlier.get().recordedBy() != recordedBy) {
                throw new ConflictException("Event " + earlier.get().id() + " was reported under eventReference '"
                        + request.eventReference() + "' with different content; use a new reference for a new event");
            }
            return new Recorded(earlier.get(), false);
        }
        checkDates(request);
        UUID eventId = UUID.randomUUID();
        String key = "creditor-event:" + eventId;
        UUID entryId = null;
        Optional<String> message;
        if (request instanceof CreditorEventRequest.DirectPayment payment) {
            entryId = ledger.recordPayment(claimId, new LedgerService.Payment(Money.of(payment.amount()),
                    payment.paidOn(), "CREDITOR_DIRECT_PAYMENT", "Paid directly to the creditor"
                    + suffix(payment.description()), key)).entry().id();
            message = messageName(balanceMessages.afterReduction(claim, payment.paidOn()));
        } else if (request instanceof CreditorEventRequest.CreditNote credit) {
            entryId = creditNote(claimId, credit, key).id();
            message = messageName(balanceMessages.afterReduction(claim, credit.date()));
        } else if (request instanceof CreditorEventRequest.AdditionalClaim additional) {
            openForMoreDebt(claim);
            entryId = ledger.recordAdditionalClaim(claimId, Money.of(additional.amount()), additional.invoiceDate(),
                    additional.dueDate(), "Additional claim, invoice " + additional.invoiceNumber() + ": "
                            + additional.description(), key).id();
            message = Optional.empty();
        } else if (request instanceof CreditorEventRequest.Withdrawal) {
            message = Optional.of(required(claim, Messages.CLAIM_WITHDRAWN, "withdrawn"));
        } else {
            message = Optional.of(required(claim, Messages.DISPUTE_RAISED, "disputed"));
        }
        CreditorEvent event = new CreditorEvent(eventId, claimId, request.type(), request.eventReference(), sha256,
                toJson(request), clock.instant(), entryId, message.orElse(null), recordedBy);
        events.insert(event);
        log.info("Claim {}: event {} ({}) recorded by the {}, message {}", claimId, eventId, request.type(),
                recordedBy, message.orElse("none"));
        return new Recorded(event, true);
    }

    /** The claim's events, oldest first. */
    @Transactional(readOnly = true)
    public List<CreditorEvent> ofClaim(UUID claimId) {
        return events.ofClaim(claimId);
    }

    private LedgerEntry creditNote(UUID claimId, CreditorEventRequest.CreditNote credit, String key) {
        try {
            return ledger.recordCreditNote(claimId, Money.of(credit.amount()), credit.date(), "Credit note"
                    + (credit.creditNoteNumber() == null ? "" : " " + credit.creditNoteNumber())
                    + suffix(credit.description()), key);
        } catch (IllegalArgumentException tooLarge) {
            throw new ConflictException("The credit note cannot be booked: " + tooLarge.getMessage());
        }
    }

    private static Optional<String> messageName(ProcessMessage told) {
        return switch (told) {
            case PAYMENT_RECEIVED -> Optional.of(Messages.PAYMENT_RECEIVED);
            case CLAIM_PAID_IN_FULL -> Optional.of(Messages.CLAIM_PAID_IN_FULL);
            case NOT_DELIVERED -> Optional.empty();
        };
    }

    /** A closed claim has no process to collect more debt with: the invoice must come as a claim of its own. */
    private static void openForMoreDebt(Claim claim) {
        if (claim.closure() != null) {
            throw new ConflictException("The claim was closed (" + claim.closure().reason() + "): an additional "
                    + "claim cannot be collected with it; submit the invoice as a new claim. Nothing was recorded.");
        }
    }

    /** The message, which the process must take: otherwise the whole report is refused. */
    private String required(Claim claim, String message, String what) {
        if (messages.deliver(claim.id(), message, Map.of())) {
            return message;
        }
        throw new ConflictException("The claim cannot be " + what
                + " now: its process " + (claim.closure() != null ? "was closed (" + claim.closure().reason() + ")"
                : "does not wait for " + message + " in its current stage") + ". Nothing was recorded.");
    }

    /** The dates that depend on today, and the additional claim's own consistency. */
    private void checkDates(CreditorEventRequest request) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (request instanceof CreditorEventRequest.DirectPayment payment) {
            notAfter(problems, "paidOn", payment.paidOn(), today);
        } else if (request instanceof CreditorEventRequest.CreditNote credit) {
            notAfter(problems, "date", credit.date(), today);
        } else if (request instanceof CreditorEventRequest.DisputeNotice dispute) {
            notAfter(problems, "receivedOn", dispute.receivedOn(), today);
        } else if (request instanceof CreditorEventRequest.AdditionalClaim additional) {
            if (additional.dueDate().isBefore(additional.invoiceDate())) {
                problems.add(new FieldProblem("dueDate", "must not be before the invoice date"));
            } else if (!additional.dueDate().isBefore(today)) {
                problems.add(new FieldProblem("dueDate",
                        "must be in the past: only an overdue claim is collected (PerintäL 1 §)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(problems), null);
        }
    }

    private static void notAfter(List<FieldProblem> problems, String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, "must not be in the future"));
        }
    }

    private static String suffix(String description) {
        return description == null || description.isBlank() ? "" : ": " + description.trim();
    }

    private String toJson(CreditorEventRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a creditor event", e);
        }
    }
}
