package fi.saatava.gateway.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.gateway.letters.LetterType;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.fees.ClaimProfile;
import fi.saatava.law.fees.CollectorKind;
import fi.saatava.law.fees.FeeAction;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.fees.FeeRequest;
import fi.saatava.law.fees.FeeSchedule;
import fi.saatava.law.fees.PastAction;
import fi.saatava.law.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides with collection-law's {@link FeeSchedule} what a claim may be charged, from everything done on it so far,
 * and books it through the {@link LedgerService}. Nothing here knows a euro amount: the law decides and explains.
 */
@Service
public class FeeCharging {

    private static final Map<LetterType, FeeAction> LETTER_ACTIONS = Map.of(
            LetterType.REMINDER, FeeAction.REMINDER,
            LetterType.FIRST_DEMAND, FeeAction.DEMAND,
            LetterType.SECOND_DEMAND, FeeAction.DEMAND,
            LetterType.DRAFT, FeeAction.TRATTA);

    private final LedgerService ledger;
    private final LedgerRepository entries;
    private final ClaimRepository claims;
    private final LetterRepository letters;
    private final FeeSchedule fees;
    private final Clock clock;

    FeeCharging(LedgerService ledger, LedgerRepository entries, ClaimRepository claims, LetterRepository letters,
                FeeSchedule fees, Clock clock) {
        this.ledger = ledger;
        this.entries = entries;
        this.claims = claims;
        this.letters = letters;
        this.fees = fees;
        this.clock = clock;
    }

    /**
     * Charges the fee the law allows for a letter sent on {@code on} (reminder, demand, tratta; other letters carry
     * none), given every earlier letter and charge. Idempotent per letter; call before the letter is stored, in the
     * same transaction, so its snapshot can itemise the fee.
     *
     * @return the decision booked, or empty for a letter that carries no fee
     */
    @Transactional
    public Optional<FeeDecision> chargeLetterFee(Claim claim, LetterType type, LocalDate on, UUID letterId) {
        FeeAction action = LETTER_ACTIONS.get(type);
        if (action == null) {
            return Optional.empty();
        }
        FeeRequest request = switch (action) {
            case REMINDER -> FeeRequest.reminder(on);
            case DEMAND -> FeeRequest.demand(on);
            default -> FeeRequest.tratta(on);
        };
        List<LedgerEntry> ledgerEntries = entries.entries(claim.id());
        FeeDecision decision = fees.decide(profile(claim, ledgerEntries), history(claim, ledgerEntries), request);
        ledger.chargeFee(claim.id(), decision, letterId);
        return Optional.of(decision);
    }

    /**
     * The fee the law allows for a payment plan of {@code instalments} agreed on {@code on} (PerintäL 10 a § 1 mom
     * 7 k, 10 e § 1 mom 6 k; at most one or two plans per claim, 10 c §, 10 g §), without charging it.
     */
    @Transactional(readOnly = true)
    public FeeDecision decidePlanFee(Claim claim, LocalDate on, int instalments) {
        List<LedgerEntry> ledgerEntries = entries.entries(claim.id());
        return fees.decide(profile(claim, ledgerEntries), history(claim, ledgerEntries),
                FeeRequest.paymentPlan(on, instalments));
    }

    /**
     * Charges the plan fee with the plan's written confirmation, which the fee requires (10 a § 1 mom 7 k: "in writing
     * or on a durable medium"). Idempotent per letter, like a letter's fee.
     */
    @Transactional
    public FeeDecision chargePlanFee(Claim claim, LocalDate on, int instalments, UUID confirmationLetterId) {
        FeeDecision decision = decidePlanFee(claim, on, instalments);
        ledger.chargeFee(claim.id(), decision, confirmationLetterId);
        return decision;
    }

    /**
     * Charges the 40 € standard compensation of a late commercial payment (PerintäL 10 i §, spec §2.5), once; other
     * claims get nothing. It needs no letter, only lateness that earns late interest: the claim is past due.
     */
    @Transactional
    public void chargeStandardCompensation(UUID claimId) {
        chargeStandardCompensation(claims.require(claimId));
    }

    /** As {@link #chargeStandardCompensation(UUID)}, for a claim at hand (e.g. at intake). */
    @Transactional
    public void chargeStandardCompensation(Claim claim) {
        UUID claimId = claim.id();
        LocalDate today = LocalDate.now(clock);
        if (!claim.terms().commercialPayment() || !today.isAfter(claim.invoice().dueDate())) {
            return;
        }
        List<LedgerEntry> ledgerEntries = entries.entries(claimId);
        ledger.chargeStandardCompensation(claimId, fees.decide(profile(claim, ledgerEntries),
                history(claim, ledgerEntries), FeeRequest.standardCompensation(today)));
    }

    /**
     * The claim as the fee rules see it (spec §1). The principal is what was claimed: the invoice, additional claims
     * and credit notes, not what was paid since. The invoice date stands for the day the invoice was sent.
     */
    private static ClaimProfile profile(Claim claim, List<LedgerEntry> ledgerEntries) {
        Money principal = ledgerEntries.stream()
                .filter(entry -> Set.of(EntryType.PRINCIPAL, EntryType.ADDITIONAL_CLAIM, EntryType.CREDIT_NOTE)
                        .contains(entry.type()))
                .map(entry -> entry.effectOn(BalanceComponent.PRINCIPAL))
                .reduce(Money.ZERO, Money::plus);
        ClaimProfile profile = new ClaimProfile(claim.terms().claimKind(), principal, claim.invoice().dueDate(),
                claim.terms().directlyEnforceable(), CollectorKind.PROFESSIONAL, claim.terms().commercialPayment(),
                BigDecimal.ZERO, claim.invoice().invoiceDate(), null);
        return claim.legalCollectionRequestedAt() == null ? profile : profile.withSuspensionRequestedOn(
                LocalDate.ofInstant(claim.legalCollectionRequestedAt(), ClockConfiguration.FINLAND));
    }

    /**
     * Everything done on the claim that the fee rules count: the creditor's own reminder, each of our reminders,
     * demands and trattas not voided (sent on the day it was dispatched, or prepared if not yet), with the fee
     * counted for it and the deadline it printed, the standard compensation and payment plans.
     */
    private List<PastAction> history(Claim claim, List<LedgerEntry> ledgerEntries) {
        Set<UUID> reversed = ledgerEntries.stream().map(LedgerEntry::reversesEntryId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, Money> feeByLetter = ledgerEntries.stream()
                .filter(entry -> entry.fee() != null && entry.fee().letterId() != null
                        && !reversed.contains(entry.id()))
                .collect(Collectors.toMap(entry -> entry.fee().letterId(), entry -> entry.fee().counted()));
        List<PastAction> history = new ArrayList<>();
        if (claim.invoice().reminderSentByCreditor()) {
            history.add(PastAction.of(FeeAction.REMINDER, claim.invoice().reminderSentOn(), Money.ZERO));
        }
        for (LetterSummary letter : letters.summaries(claim.id())) {
            FeeAction action = LETTER_ACTIONS.get(letter.type());
            if (action != null && letter.voidedAt() == null) {
                LocalDate sentOn = LocalDate.ofInstant(letter.dispatchedAt() != null ? letter.dispatchedAt()
                        : letter.createdAt(), ClockConfiguration.FINLAND);
                history.add(new PastAction(action, sentOn, feeByLetter.getOrDefault(letter.id(), Money.ZERO),
                        letter.dueDate()));
            }
        }
        // Actions without a letter of their own: the standard compensation and payment plans (counted by 10 c §).
        ledgerEntries.stream()
                .filter(entry -> entry.fee() != null && !entry.fee().action().isLetter()
                        && !reversed.contains(entry.id()))
                .forEach(entry -> history.add(PastAction.of(entry.fee().action(), entry.valueDate(),
                        entry.fee().counted())));
        return history;
    }
}
