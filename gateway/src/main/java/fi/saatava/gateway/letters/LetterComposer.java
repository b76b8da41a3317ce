package fi.saatava.gateway.letters;

import java.math.RoundingMode;
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
import fi.saatava.gateway.ledger.ItemisedDebt;
import fi.saatava.gateway.ledger.LedgerService;
import fi.saatava.law.DeliveryChannel;
import fi.saatava.law.identifiers.RfReference;
import fi.saatava.law.identifiers.VirtualBarcode;
import fi.saatava.law.money.Money;
import fi.saatava.law.schedule.LetterSchedule;
import org.springframework.stereotype.Component;

/** Composes what a letter of a claim prints on a given day. */
@Component
class LetterComposer {

    private final AgencyProperties agency;
    private final CreditorRepository creditors;
    private final LetterSchedule schedule;
    private final LedgerService ledger;
    private final LetterRepository letters;

    LetterComposer(AgencyProperties agency, CreditorRepository creditors, LetterSchedule schedule,
                   LedgerService ledger, LetterRepository letters) {
        this.agency = agency;
        this.creditors = creditors;
        this.schedule = schedule;
        this.ledger = ledger;
        this.letters = letters;
    }

    LetterContent compose(Claim claim, LetterType type, LocalDate letterDate) {
        // Sent on paper: the payment period counts from the latest postal delivery (spec §3.3, §16).
        LocalDate dueDate = schedule.paymentDueDate(letterDate, DeliveryChannel.LETTER);
        // What the ledger says is owed on the letter date, this letter's fee included (spec §3.6 1 mom 3-4 k).
        ItemisedDebt debt = ledger.itemisedDebt(claim, letterDate);
        Money total = debt.total();
        String reference = claim.referenceNumber();
        // The creditor as registered (PerintäL 5 a § 1 mom 1 k: the creditor's name and address).
        Creditor creditor = creditors.require(claim.creditorId());
        return new LetterContent(
                claim.debtor().language(),
                letterDate,
                dueDate,
                new LetterContent.Collector(agency.name(), agency.businessId(), agency.address(), agency.phone(),
                        agency.email()),
                new LetterContent.Party(creditor.name(), creditor.businessId(), creditor.address()),
                new LetterContent.Debtor(claim.debtor().type().name(), claim.debtor().name(),
                        claim.debtor().address()),
                new LetterContent.Invoice(claim.invoice().number(), claim.invoice().invoiceDate(),
                        claim.invoice().dueDate(), claim.invoice().description()),
                amounts(claim, type, debt),
                total.toString(),
                new LetterContent.Payment(agency.name(), agency.iban(), agency.bic(), reference,
                        RfReference.fromNational(reference),
                        VirtualBarcode.version4(agency.iban(), reference, total, dueDate)),
                claim.terms().directlyEnforceable() ? Boolean.TRUE : null,
                // E-mail only with the debtor's valid consent (PerintäL 5 § 2 mom, 5 b § 2 mom, spec §3.6, §2.6).
                claim.debtor().acceptsEmailOn(letterDate)
                        ? new LetterContent.Delivery("EMAIL", claim.debtor().email()) : null);
    }

    /**
     * Principal, interest (no contractual interest before the due date is claimed), late interest with its rate and
     * period, and each outstanding collection cost with the letter it was charged for; a letter without any costs
     * says so with one line of 0.00.
     */
    private List<LetterContent.AmountLine> amounts(Claim claim, LetterType type, ItemisedDebt debt) {
        List<LetterContent.AmountLine> amounts = new ArrayList<>();
        amounts.add(LetterContent.AmountLine.of("PRINCIPAL", debt.principal()));
        amounts.add(LetterContent.AmountLine.of("INTEREST", Money.ZERO));
        ItemisedDebt.LateInterestItem interest = debt.lateInterest();
        amounts.add(new LetterContent.AmountLine("LATE_INTEREST", interest.amount().toString(), null,
                interest.ratePercent() == null ? null : interest.ratePercent().setScale(2, RoundingMode.UNNECESSARY)
                        .toPlainString(),
                interest.from(), interest.from() == null ? null : interest.through()));
        Map<UUID, LetterType> letterTypes = letters.summaries(claim.id()).stream()
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
