package fi.saatava.gateway.letters;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.gateway.agency.AgencyProperties;
import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.creditors.Creditor;
import fi.saatava.gateway.creditors.CreditorRepository;
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

    LetterComposer(AgencyProperties agency, CreditorRepository creditors, LetterSchedule schedule) {
        this.agency = agency;
        this.creditors = creditors;
        this.schedule = schedule;
    }

    LetterContent compose(Claim claim, LetterType type, LocalDate letterDate) {
        // Sent on paper: the payment period counts from the latest postal delivery (spec §3.3, §16).
        LocalDate dueDate = schedule.paymentDueDate(letterDate, DeliveryChannel.LETTER);
        Money principal = claim.invoice().principal();
        // Interest and collection costs are itemised at zero until the ledger charges them.
        Money interest = Money.ZERO;
        Money lateInterest = Money.ZERO;
        Money collectionCost = Money.ZERO;
        Money total = principal.plus(interest).plus(lateInterest).plus(collectionCost);
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
                List.of(
                        new LetterContent.AmountLine("PRINCIPAL", principal.toString(), null),
                        new LetterContent.AmountLine("INTEREST", interest.toString(), null),
                        new LetterContent.AmountLine("LATE_INTEREST", lateInterest.toString(), null),
                        new LetterContent.AmountLine("COLLECTION_COST", collectionCost.toString(), type.name())),
                total.toString(),
                new LetterContent.Payment(agency.name(), agency.iban(), agency.bic(), reference,
                        RfReference.fromNational(reference),
                        VirtualBarcode.version4(agency.iban(), reference, total, dueDate)),
                claim.terms().directlyEnforceable() ? Boolean.TRUE : null,
                // E-mail only with the debtor's valid consent (PerintäL 5 § 2 mom, 5 b § 2 mom, spec §3.6, §2.6).
                claim.debtor().acceptsEmailOn(letterDate)
                        ? new LetterContent.Delivery("EMAIL", claim.debtor().email()) : null);
    }
}
