package fi.saatava.gateway.letters;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.gateway.creditors.CreditorRepository;
import fi.saatava.gateway.events.DisputeNotices;
import fi.saatava.gateway.ledger.ItemisedDebt;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.law.identifiers.VirtualBarcode;
import fi.saatava.law.money.Money;
import fi.saatava.law.schedule.LetterSchedule;
import org.springframework.stereotype.Component;

/** Composes what a letter of a claim prints on a given day (docs/contracts.md, letter snapshot). */
@Component
class LetterComposer {

    private final AgencyProperties agency;
    private final CreditorRepository creditors;
    private final LetterSchedule schedule;
    private final LedgerService ledger;
    private final LetterRepository letters;
    private final EstateAddressee estates;
    private final LetterChannelProperties channels;
    private final DisputeNotices disputes;

    LetterComposer(AgencyProperties agency, CreditorRepository creditors, LetterSchedule schedule,
                   LedgerService ledger, LetterRepository letters, EstateAddressee estates,
                   LetterChannelProperties channels, DisputeNotices disputes) {
        this.agency = agency;
        this.creditors = creditors;
        this.schedule = schedule;
        this.ledger = ledger;
        this.letters = letters;
        this.estates = estates;
        this.channels = channels;
        this.disputes = disputes;
    }

    /** @param plan the payment plan of a plan letter, else {@code null} */
    LetterContent compose(Claim claim, LetterType type, LocalDate letterDate, PlanTerms plan) {
        // A plan's confirmation asks for its first instalment, on that instalment's day.
        PlanTerms.Instalment firstInstalment = type == LetterType.PAYMENT_PLAN_CONFIRMATION
                ? plan.instalments().get(0) : null;
        // The period counts from the latest postal delivery even for e-mail (spec §3.3, §16): the debtor never gets
        // less time than on paper, and the next letter's dates do not depend on the channel.
        LocalDate dueDate = firstInstalment != null ? firstInstalment.dueDate()
                : schedule.paymentDueDate(letterDate, DeliveryChannel.LETTER);
        // What the ledger says is owed on the letter date, this letter's fee included (spec §3.6 1 mom 3-4 k).
        ItemisedDebt debt = ledger.itemisedDebt(claim, letterDate);
        Money total = debt.total();
        String reference = claim.referenceNumber();
        // The creditor as registered (PerintäL 5 a § 1 mom 1 k: the creditor's name and address).
        Creditor creditor = creditors.require(claim.creditorId());
        LetterContent.Debtor estate = estates.of(claim, type).orElse(null);
        List<LetterSummary> earlierLetters = letters.summaries(claim.id());
        return new LetterContent(
                claim.debtor().language(),
                letterDate,
                dueDate,
                new LetterContent.Collector(agency.name(), agency.businessId(), agency.address(), agency.phone(),
                        agency.email()),
                new LetterContent.Party(creditor.name(), creditor.businessId(), creditor.address(),
                        originalName(claim, creditor)),
                estate != null ? estate : new LetterContent.Debtor(claim.debtor().type().name(),
                        claim.debtor().name(), claim.debtor().address()),
                new LetterContent.Invoice(claim.invoice().number(), claim.invoice().invoiceDate(),
                        claim.invoice().dueDate(), claim.invoice().description()),
                amounts(type, debt, earlierLetters),
                total.toString(),
                firstInstalment == null
                        ? new LetterContent.Payment(agency.name(), agency.iban(), agency.bic(), reference,
                                RfReference.fromNational(reference),
                                VirtualBarcode.version4(agency.iban(), reference, total, dueDate), total.toString())
                        : new LetterContent.Payment(agency.name(), agency.iban(), agency.bic(), reference,
                                RfReference.fromNational(reference),
                                VirtualBarcode.version4(agency.iban(), reference, firstInstalment.amount(), dueDate),
                                firstInstalment.amount().toString()),
                // The remedies and deferral of a directly enforceable claim (PerintäL 5 a § 1 mom 6 k).
                claim.terms().directlyEnforceable() ? Boolean.TRUE : null,
                delivery(claim, estate != null, letterDate),
                firstInstalment == null ? null
                        : plan.instalments().stream().map(LetterContent.Instalment::of).toList(),
                type == LetterType.INSTALMENT_REMINDER ? LetterContent.Instalment.of(plan.missed()) : null,
                type == LetterType.DISPUTE_ACKNOWLEDGEMENT ? disputeReceivedOn(claim, earlierLetters) : null);
    }

    /**
     * The day the dispute this acknowledgement answers was received (PerintäL 4 b §): the latest one recorded since the
     * claim's previous acknowledgement, so an earlier dispute's date is never printed for a later one.
     */
    private LocalDate disputeReceivedOn(Claim claim, List<LetterSummary> earlierLetters) {
        Instant previousAcknowledgement = earlierLetters.stream()
                .filter(letter -> letter.type() == LetterType.DISPUTE_ACKNOWLEDGEMENT)
                .map(LetterSummary::createdAt)
                .reduce((earlier, later) -> later)
                .orElse(null);
        return disputes.latestReceivedOn(claim.id(), previousAcknowledgement).orElse(null);
    }

    /**
     * E-mail only while the debtor's separate consent is valid on the letter date (PerintäL 5 § 2 mom, 5 b § 2 mom,
     * spec §3.6 delivery, §2.6); an estate never consented, so its letters go on paper. Otherwise the configured
     * channel.
     */
    private LetterContent.Delivery delivery(Claim claim, boolean toEstate, LocalDate letterDate) {
        return !toEstate && claim.debtor().acceptsEmailOn(letterDate)
                ? new LetterContent.Delivery(DispatchChannel.EMAIL, claim.debtor().email())
                : new LetterContent.Delivery(channels.defaultChannel(), null);
    }

    /** The name the debtor knows the claim by, when it is not the registered creditor's (PerintäL 5 a § 3 mom). */
    private static String originalName(Claim claim, Creditor creditor) {
        String original = claim.originalCreditorName();
        return original == null || original.equalsIgnoreCase(creditor.name().trim()) ? null : original;
    }

    /**
     * Principal, interest (no contractual interest before the due date is claimed), late interest per rate period
     * with its rate and days, and each outstanding collection cost with the letter it was charged for; a letter
     * without any costs says so with one line of 0.00.
     */
    private static List<LetterContent.AmountLine> amounts(LetterType type, ItemisedDebt debt,
                                                          List<LetterSummary> earlierLetters) {
        List<LetterContent.AmountLine> amounts = new ArrayList<>();
        amounts.add(LetterContent.AmountLine.of("PRINCIPAL", debt.principal()));
        amounts.add(LetterContent.AmountLine.of("INTEREST", Money.ZERO));
        for (ItemisedDebt.LateInterestItem interest : debt.lateInterest()) {
            amounts.add(new LetterContent.AmountLine("LATE_INTEREST", interest.amount().toString(), null,
                    interest.ratePercent() == null ? null
                            : interest.ratePercent().setScale(2, RoundingMode.UNNECESSARY).toPlainString(),
                    interest.from(), interest.from() == null ? null : interest.through()));
        }
        Map<UUID, LetterType> letterTypes = earlierLetters.stream()
                .collect(Collectors.toMap(LetterSummary::id, LetterSummary::type));
        for (ItemisedDebt.CostItem cost : debt.costs()) {
            amounts.add(new LetterContent.AmountLine("COLLECTION_COST", cost.amount().toString(),
                    cost.letterId() == null ? null : letterTypes.getOrDefault(cost.letterId(), type).name(),
                    null, null, null));
        }
        if (debt.costs().isEmpty()) {
            amounts.add(new LetterContent.AmountLine("COLLECTION_COST", Money.ZERO.toString(), type.name(), null, null,
                    null));
        }
        return amounts;
    }
}
