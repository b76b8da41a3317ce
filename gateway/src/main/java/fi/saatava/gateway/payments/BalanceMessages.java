package fi.saatava.gateway.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimEvents;
import fi.saatava.gateway.ledger.Balances;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.gateway.process.ClaimMessages;
import fi.saatava.process.ProcessContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a claim's process that money reduced its balance (a payment to the client-funds account, a payment the
 * creditor received directly, a credit note), in the caller's transaction: {@code saatava.paymentReceived} with the
 * new balance, or, when nothing is left, the claim is closed as paid and the process gets
 * {@code saatava.claimPaidInFull}.
 */
@Component
public class BalanceMessages {

    private static final Logger log = LoggerFactory.getLogger(BalanceMessages.class);

    private final LedgerService ledger;
    private final ClaimEvents claimEvents;
    private final ClaimMessages messages;
    private final Clock clock;

    BalanceMessages(LedgerService ledger, ClaimEvents claimEvents, ClaimMessages messages, Clock clock) {
        this.ledger = ledger;
        this.claimEvents = claimEvents;
        this.messages = messages;
        this.clock = clock;
    }

    /** @param valueDate the day the reduction took effect: the claim is closed as paid on that day */
    public ProcessMessage afterReduction(Claim claim, LocalDate valueDate) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = valueDate.isAfter(today) ? valueDate : today;
        Balances balances = ledger.balances(claim, day);
        // The fee of a letter not sent yet is not owed: the process voids the letter when told the claim is paid.
        if (ledger.paidInFull(claim, balances)) {
            claimEvents.closePaid(claim.id(), valueDate);
            return tell(claim, ProcessContract.Messages.CLAIM_PAID_IN_FULL, Map.of(), ProcessMessage.CLAIM_PAID_IN_FULL);
        }
        return tell(claim, ProcessContract.Messages.PAYMENT_RECEIVED,
                Map.of(ProcessContract.Variables.OUTSTANDING_BALANCE, balances.outstanding().toString()),
                ProcessMessage.PAYMENT_RECEIVED);
    }

    private ProcessMessage tell(Claim claim, String message, Map<String, Object> variables, ProcessMessage told) {
        if (messages.deliver(claim.id(), message, variables)) {
            return told;
        }
        log.warn("Claim {}: no process was waiting for {}; the ledger has the money all the same and the payment or "
                + "event records NOT_DELIVERED", claim.id(), message);
        return ProcessMessage.NOT_DELIVERED;
    }
}
