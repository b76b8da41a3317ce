package fi.saatava.gateway.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.ClaimRepository;
import fi.saatava.gateway.claims.Invoice;
import fi.saatava.gateway.claims.InvoiceLine;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.law.allocation.Allocation;
import fi.saatava.law.allocation.BalanceComponent;
import fi.saatava.law.allocation.PaymentAllocator;
import fi.saatava.law.fees.FeeDecision;
import fi.saatava.law.interest.InterestSegment;
import fi.saatava.law.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's API for the rest of the gateway. Every booking locks the claim, is idempotent on its key (a retried
 * job or request books nothing twice) and only ever adds entries. Balances come from collection-law: late interest
 * from {@code LateInterest}, allocation from {@code PaymentAllocator}.
 */
@Service
public class LedgerService {

    private static final Logger log = LoggerFactory.getLogger(LedgerService.class);

    private final LedgerRepository ledger;
    private final ClaimRepository claims;
    private final BalanceCalculator calculator;
    private final PaymentAllocator allocator;
    private final LetterRepository letters;
    private final Clock clock;

    LedgerService(LedgerRepository ledger, ClaimRepository claims, BalanceCalculator calculator,
                  PaymentAllocator allocator, LetterRepository letters, Clock clock) {
        this.ledger = ledger;
        this.claims = claims;
        this.calculator = calculator;
        this.allocator = allocator;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * Books the principal of new claims: one entry per invoice line, or one for the whole invoice. Part of intake, so
     * the claims were stored in this transaction and have no entries yet.
     */
    public void openClaims(List<Claim> claims) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (Claim claim : claims) {
            Invoice invoice = claim.invoice();
            List<InvoiceLine> lines = invoice.lines().isEmpty()
                    ? List.of(new InvoiceLine(1, invoice.description(), invoice.principal()))
                    : invoice.lines();
            for (InvoiceLine line : lines) {
                entries.add(entry(claim.id(), EntryType.PRINCIPAL, invoice.invoiceDate(), line.amount(),
                        "Invoice " + invoice.number() + (lines.size() > 1 ? " line " + line.lineNumber() : "") + ": "
                                + line.description(),
                        "principal:" + claim.id() + ":" + line.lineNumber(),
                        List.of(new LedgerEntry.Line(BalanceComponent.PRINCIPAL, line.amount())))
                        .withInterestFrom(invoice.dueDate()).build());
            }
        }
        ledger.insertNew(entries);
    }

    /**
     * Books the fee collection-law decided for a letter, with its explanation; a fee of zero is booked too, so the
     * ledger says why nothing was charged. Idempotent per letter.
     */
    @Transactional
    public LedgerEntry chargeFee(UUID claimId, FeeDecision decision, UUID letterId) {
        return bookFee(claimId, decision, letterId, "fee:" + letterId);
    }

    /** Books the 40 € standard compensation decision (PerintäL 10 i §); once per claim. */
    @Transactional
    public LedgerEntry chargeStandardCompensation(UUID claimId, FeeDecision decision) {
        return bookFee(claimId, decision, null, "standard-compensation:" + claimId);
    }

    private LedgerEntry bookFee(UUID claimId, FeeDecision decision, UUID letterId, String key) {
        claims.lock(claimId);
        Optional<LedgerEntry> booked = ledger.findByIdempotencyKey(claimId, key);
        if (booked.isPresent()) {
            return booked.get();
        }
        Money charge = decision.charge();
        LedgerEntry fee = entry(claimId, EntryType.FEE, decision.on(), charge, decision.explanation(), key,
                charge.isZero() ? List.of() : List.of(new LedgerEntry.Line(BalanceComponent.COSTS, charge)))
                .withFee(new LedgerEntry.Fee(decision.action(), decision.fee(), decision.maximum(), letterId))
                .build();
        ledger.insert(fee);
        log.info("Claim {}: {} fee {} € (counted {} €) booked", claimId, decision.action(), charge, decision.fee());
        return fee;
    }

    /**
     * Reverses the fee of a letter that was voided before it was sent: a new entry cancelling it, the original kept.
     * Nothing happens if the letter had no fee or it was reversed already.
     */
    @Transactional
    public void reverseLetterFee(UUID claimId, UUID letterId, String reason) {
        claims.lock(claimId);
        Optional<LedgerEntry> fee = ledger.findByIdempotencyKey(claimId, "fee:" + letterId);
        if (fee.isEmpty()) {
            return;
        }
        LedgerEntry original = fee.get();
        boolean inserted = ledger.insert(entry(claimId, EntryType.REVERSAL, LocalDate.now(clock), original.amount(),
                "Reversal of the " + original.fee().action() + " fee of " + original.amount() + " €: " + reason,
                "reversal:fee:" + letterId, negated(original.lines()))
                .reversing(original.id()).build());
        if (inserted) {
            log.info("Claim {}: reversed the fee of letter {}", claimId, letterId);
        }
    }

    /** A payment to book: {@code key} names the event it comes from, so it is booked once. */
    public record Payment(Money amount, LocalDate paidOn, String source, String description, String key) {
    }

    /**
     * @param entry      the payment entry with its allocation lines
     * @param allocation how collection-law allocated it
     * @param booked     false when the key was booked earlier (nothing was booked now)
     */
    public record PaymentBooking(LedgerEntry entry, Allocation allocation, boolean booked) {
    }

    /**
     * Books a payment: first the late interest accrued through the day of payment, then the payment allocated by
     * law (PerintäL 11 a §, spec §5) to what was outstanding that day, without the fees of letters not sent yet.
     */
    @Transactional
    public PaymentBooking recordPayment(UUID claimId, Payment payment) {
        claims.lock(claimId);
        Claim claim = claims.require(claimId);
        Optional<LedgerEntry> earlier = ledger.findByIdempotencyKey(claimId, payment.key());
        if (earlier.isPresent()) {
            return new PaymentBooking(earlier.get(), null, false);
        }
        bookInterestThrough(claim, payment.paidOn());
        List<LedgerEntry> entries = ledger.entries(claimId);
        Balances before = calculator.balancesOn(entries, claim.terms(), payment.paidOn());
        Allocation allocation = allocator.allocate(claim.terms().claimKind(),
                before.toBalance(unsentLetterFees(claimId, entries, payment.paidOn())), payment.amount());
        LedgerEntry entry = entry(claimId, EntryType.PAYMENT, payment.paidOn(), payment.amount(),
                payment.description() + ". " + allocation.explanation(), payment.key(),
                allocation.lines().stream()
                        .map(line -> new LedgerEntry.Line(line.component(), line.amount().negate())).toList())
                .withPayment(allocation.overpayment(), payment.source()).build();
        ledger.insert(entry);
        log.info("Claim {}: payment {} € on {} allocated {}, overpayment {} €", claimId, payment.amount(),
                payment.paidOn(), allocation.lines(), allocation.overpayment());
        return new PaymentBooking(entry, allocation, true);
    }

    /**
     * Cancels a payment the bank took back: a new entry with the payment's allocation negated, valued on the payment's
     * own day, so balances and late interest are as if it had never been paid. The payment entry stays. Idempotent: a
     * payment is reversed once, whatever repeats the reversal.
     *
     * @throws IllegalArgumentException if the entry is not a payment of the claim
     */
    @Transactional
    public LedgerEntry reversePayment(UUID claimId, UUID paymentEntryId, String reason) {
        claims.lock(claimId);
        String key = "reversal:" + paymentEntryId;
        Optional<LedgerEntry> earlier = ledger.findByIdempotencyKey(claimId, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LedgerEntry payment = ledger.entries(claimId).stream()
                .filter(entry -> entry.id().equals(paymentEntryId) && entry.type() == EntryType.PAYMENT)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Claim " + claimId + " has no payment entry "
                        + paymentEntryId));
        LedgerEntry reversal = entry(claimId, EntryType.REVERSAL, payment.valueDate(), payment.amount(),
                "Reversal of the payment of " + payment.amount() + " € on " + payment.valueDate() + ": " + reason,
                key, negated(payment.lines()))
                .withPayment(payment.overpayment(), payment.source()).reversing(payment.id()).build();
        ledger.insert(reversal);
        log.info("Claim {}: reversed payment entry {} of {} €", claimId, paymentEntryId, payment.amount());
        return reversal;
    }

    private static List<LedgerEntry.Line> negated(List<LedgerEntry.Line> lines) {
        return lines.stream().map(line -> new LedgerEntry.Line(line.component(), line.amount().negate())).toList();
    }

    /**
     * Books a credit note: the creditor reduced the invoice, so the principal goes down from that day.
     *
     * @throws IllegalArgumentException if it exceeds the principal outstanding that day
     */
    @Transactional
    public LedgerEntry recordCreditNote(UUID claimId, Money amount, LocalDate on, String description, String key) {
        claims.lock(claimId);
        Claim claim = claims.require(claimId);
        Optional<LedgerEntry> earlier = ledger.findByIdempotencyKey(claimId, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Money principal = calculator.balancesOn(ledger.entries(claimId), claim.terms(), on).principal();
        if (amount.isGreaterThan(principal)) {
            throw new IllegalArgumentException("the credit note of " + amount + " € exceeds the principal of "
                    + principal + " € outstanding on " + on);
        }
        bookInterestThrough(claim, on);
        LedgerEntry entry = entry(claimId, EntryType.CREDIT_NOTE, on, amount, description, key,
                List.of(new LedgerEntry.Line(BalanceComponent.PRINCIPAL, amount.negate()))).build();
        ledger.insert(entry);
        log.info("Claim {}: credit note {} € on {}", claimId, amount, on);
        return entry;
    }

    /** Books a further invoice the creditor added to the claim; late interest runs from its own due date. */
    @Transactional
    public LedgerEntry recordAdditionalClaim(UUID claimId, Money amount, LocalDate invoiceDate, LocalDate dueDate,
                                             String description, String key) {
        claims.lock(claimId);
        Optional<LedgerEntry> earlier = ledger.findByIdempotencyKey(claimId, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LedgerEntry entry = entry(claimId, EntryType.ADDITIONAL_CLAIM, invoiceDate, amount, description, key,
                List.of(new LedgerEntry.Line(BalanceComponent.PRINCIPAL, amount))).withInterestFrom(dueDate).build();
        ledger.insert(entry);
        log.info("Claim {}: additional claim {} € due {}", claimId, amount, dueDate);
        return entry;
    }

    /** The claim's balances on a day: what it owed, with late interest through that day where the rate is known. */
    @Transactional(readOnly = true)
    public Balances balances(Claim claim, LocalDate asOf) {
        return calculator.balancesOn(ledger.entries(claim.id()), claim.terms(), asOf);
    }

    /**
     * Whether nothing is owed on the balances' day: the outstanding balance less the fees of letters not sent yet is not
     * positive, and the late interest is known through that day (an unknown reference rate leaves it open).
     */
    @Transactional(readOnly = true)
    public boolean paidInFull(Claim claim, Balances balances) {
        return !balances.outstanding().minus(unsentLetterFees(claim, balances.asOf())).isPositive()
                && balances.interestNotice() == null;
    }

    /**
     * The fees, valued by {@code day}, of the claim's letters that are prepared but not sent: the letters worker has
     * not reported them dispatched. A fee is owed only for a letter that went out (PerintäL 10 §: costs of measures
     * taken), so no payment goes to these fees, and a debt that only they keep open is paid in full; the letters are
     * then voided and their fees reversed.
     */
    @Transactional(readOnly = true)
    public Money unsentLetterFees(Claim claim, LocalDate day) {
        return unsentLetterFees(claim.id(), ledger.entries(claim.id()), day);
    }

    private Money unsentLetterFees(UUID claimId, List<LedgerEntry> entries, LocalDate day) {
        Set<UUID> unsent = letters.summaries(claimId).stream()
                .filter(letter -> letter.dispatchedAt() == null && letter.voidedAt() == null)
                .map(LetterSummary::id).collect(Collectors.toSet());
        Set<UUID> reversed = BalanceCalculator.reversedEntries(entries);
        return entries.stream()
                .filter(entry -> entry.type() == EntryType.FEE && entry.fee().letterId() != null
                        && unsent.contains(entry.fee().letterId()) && !reversed.contains(entry.id())
                        && !entry.valueDate().isAfter(day))
                .map(entry -> entry.effectOn(BalanceComponent.COSTS))
                .reduce(Money.ZERO, Money::plus);
    }

    /** The debt on a day, itemised for a letter: principal, late interest and each outstanding cost. */
    @Transactional(readOnly = true)
    public ItemisedDebt itemisedDebt(Claim claim, LocalDate day) {
        List<LedgerEntry> entries = ledger.entries(claim.id());
        Balances balances = calculator.balancesOn(entries, claim.terms(), day);
        List<ItemisedDebt.LateInterestItem> interest = LateInterestItems.itemise(
                calculator.accrued(entries, claim.terms(), day).accrual(), balances.interest(),
                balances.interestThrough());
        return new ItemisedDebt(balances.principal(), interest, outstandingCosts(entries, day, balances.costs()));
    }

    /** The charges that make up the outstanding costs: what was paid off costs reduces the oldest charges first. */
    private static List<ItemisedDebt.CostItem> outstandingCosts(List<LedgerEntry> entries, LocalDate day,
                                                                Money outstanding) {
        Set<UUID> reversed = entries.stream().map(LedgerEntry::reversesEntryId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<LedgerEntry> charges = entries.stream()
                .filter(entry -> entry.type() == EntryType.FEE && !entry.valueDate().isAfter(day)
                        && !reversed.contains(entry.id()) && entry.amount().isPositive())
                .toList();
        Money settled = charges.stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus).minus(outstanding);
        List<ItemisedDebt.CostItem> items = new ArrayList<>();
        for (LedgerEntry charge : charges) {
            Money settledHere = settled.min(charge.amount()).max(Money.ZERO);
            settled = settled.minus(settledHere);
            if (charge.amount().isGreaterThan(settledHere)) {
                items.add(new ItemisedDebt.CostItem(charge.fee().action(), charge.fee().letterId(),
                        charge.amount().minus(settledHere)));
            }
        }
        return items;
    }

    /** The claim's entries in value-date order. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(UUID claimId) {
        return ledger.entries(claimId);
    }

    /** The late interest accrued through a day, with the rule of each rate period. */
    @Transactional(readOnly = true)
    public InterestCalculator.Accrued accruedInterest(Claim claim, LocalDate day) {
        return calculator.accrued(ledger.entries(claim.id()), claim.terms(), day);
    }

    /**
     * Books the late interest accrued since the last interest entry through {@code day} (a correction if a payment
     * reported late lowered it), so the ledger records the interest a payment is allocated against.
     */
    private void bookInterestThrough(Claim claim, LocalDate day) {
        List<LedgerEntry> entries = ledger.entries(claim.id());
        InterestCalculator.Accrued accrued = calculator.accrued(entries, claim.terms(), day);
        List<LedgerEntry> interestEntries = entries.stream()
                .filter(entry -> entry.type() == EntryType.INTEREST && !entry.valueDate().isAfter(day)).toList();
        Money booked = interestEntries.stream().map(entry -> entry.effectOn(BalanceComponent.INTEREST))
                .reduce(Money.ZERO, Money::plus);
        Money difference = accrued.amount().minus(booked);
        if (difference.isZero()) {
            return;
        }
        LocalDate start = interestEntries.isEmpty()
                ? accrued.accrual().segments().get(0).firstDay()
                : interestEntries.get(interestEntries.size() - 1).periodEnd().plusDays(1);
        LocalDate end = accrued.through();
        String rules = accrued.accrual().segments().stream()
                .filter(segment -> !segment.lastDay().isBefore(start) && !segment.firstDay().isAfter(end))
                .map(InterestSegment::rule).distinct().collect(Collectors.joining("; "));
        String description = (difference.isNegative()
                ? "Correction of late interest: a payment reported later lowered the interest through " + end
                : "Late interest " + start + " – " + end) + " (" + rules + ")";
        ledger.insert(entry(claim.id(), EntryType.INTEREST, day, difference.isNegative() ? difference.negate()
                        : difference, description, null,
                List.of(new LedgerEntry.Line(BalanceComponent.INTEREST, difference)))
                .withPeriod(start.isAfter(end) ? end : start, end).build());
    }

    private EntryBuilder entry(UUID claimId, EntryType type, LocalDate valueDate, Money amount, String description,
                               String key, List<LedgerEntry.Line> lines) {
        return new EntryBuilder(claimId, type, valueDate, amount, description, key, new ArrayList<>(lines));
    }

    /** Fills the optional columns of a new entry. */
    private final class EntryBuilder {

        private final UUID claimId;
        private final EntryType type;
        private final LocalDate valueDate;
        private final Money amount;
        private final String description;
        private final String key;
        private final List<LedgerEntry.Line> lines;
        private LocalDate interestFrom;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private LedgerEntry.Fee fee;
        private Money overpayment;
        private String source;
        private UUID reverses;

        private EntryBuilder(UUID claimId, EntryType type, LocalDate valueDate, Money amount, String description,
                             String key, List<LedgerEntry.Line> lines) {
            this.claimId = claimId;
            this.type = type;
            this.valueDate = valueDate;
            this.amount = amount;
            this.description = description;
            this.key = key;
            this.lines = lines;
        }

        EntryBuilder withInterestFrom(LocalDate day) {
            this.interestFrom = day;
            return this;
        }

        EntryBuilder withPeriod(LocalDate start, LocalDate end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        EntryBuilder withFee(LedgerEntry.Fee charged) {
            this.fee = charged;
            return this;
        }

        EntryBuilder withPayment(Money overpaid, String reportedBy) {
            this.overpayment = overpaid;
            this.source = reportedBy;
            return this;
        }

        EntryBuilder reversing(UUID entryId) {
            this.reverses = entryId;
            return this;
        }

        LedgerEntry build() {
            return new LedgerEntry(UUID.randomUUID(), claimId, 0, type, valueDate, clock.instant(), amount,
                    description, interestFrom, periodStart, periodEnd, fee, overpayment, source, reverses, key, lines);
        }
    }
}
