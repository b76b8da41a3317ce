package fi.saatava.gateway.legal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import fi.saatava.gateway.claims.Claim;
import fi.saatava.gateway.claims.PostalAddress;
import fi.saatava.gateway.letters.LetterRepository;
import fi.saatava.gateway.letters.LetterSummary;
import fi.saatava.gateway.time.ClockConfiguration;
import fi.saatava.law.court.CourtCosts;
import fi.saatava.law.court.LegalCostTariff;
import fi.saatava.law.court.SummonsCosts;
import org.springframework.stereotype.Component;

/**
 * The summary summons application of a claim (spec §8: OK 5:2, 5:3): the claim itemised, the facts it rests on, the
 * invoice as evidence, the defendant's domicile for the court's jurisdiction (OK 10:17 a), and the legal costs of the
 * basic tariff plus the court fee of an electronic filing. Consumer-credit items (OK 5:3 2 mom) are not stated: the
 * claims Saatava takes are invoices, not credit.
 */
@Component
class SummonsApplications implements FilingDocument {

    @Override
    public FilingKind kind() {
        return FilingKind.SUMMONS;
    }


    private static final ZoneId FINLAND = ClockConfiguration.FINLAND;

    private final FilingParties parties;
    private final Domiciles domiciles;
    private final ClaimItems items;
    private final CourtCosts courtCosts;
    private final LetterRepository letters;

    SummonsApplications(FilingParties parties, Domiciles domiciles, ClaimItems items, CourtCosts courtCosts,
                        LetterRepository letters) {
        this.parties = parties;
        this.domiciles = domiciles;
        this.items = items;
        this.courtCosts = courtCosts;
        this.letters = letters;
    }

    record SummonsApplication(String filingId, String claimId, LocalDate preparedOn,
                              FilingParties.Organisation plaintiff, FilingParties.Organisation agent,
                              Defendant defendant, List<ClaimItem> claims, String facts, List<Evidence> evidence,
                              LegalCosts legalCosts, Object consumerCredit) {
    }

    /** @param addressInquiries what was done to find an unknown address (OK 5:2); null: the address is known */
    record Defendant(String type, String identityCode, String name, PostalAddress address, String phone,
                     Domiciles.Domicile domicile, String addressInquiries) {

        @Override
        public String toString() {
            return "Defendant[type=" + type + "]";
        }
    }

    record Evidence(String kind, String number, LocalDate date, LocalDate dueDate, String description) {
    }

    /** @param reason why the high tariff applies; null for the basic tariff */
    record LegalCosts(String tariff, String amount, String courtFee, String total, String reason) {
    }

    @Override
    public SummonsApplication prepare(Claim claim, String filingId, LocalDate today) {
        FilingParties.Party debtor = parties.debtor(claim);
        SummonsCosts costs = courtCosts.summonsCosts(claim.invoice().principal(), LegalCostTariff.BASIC, today);
        return new SummonsApplication(filingId, claim.id().toString(), today,
                parties.creditor(claim), parties.agent(),
                new Defendant(debtor.type(), debtor.identityCode(), debtor.name(), debtor.address(), debtor.phone(),
                        domiciles.of(debtor.address().city()), null),
                items.on(claim, today),
                facts(claim),
                List.of(new Evidence("INVOICE", claim.invoice().number(), claim.invoice().invoiceDate(),
                        claim.invoice().dueDate(), claim.invoice().description())),
                new LegalCosts(costs.tariff().name(), costs.tariffAmount().toString(), costs.courtFee().toString(),
                        costs.total().toString(), null),
                null);
    }

    /** The facts the claim is directly based on (OK 5:3 1 mom), with the letters that asked the debtor to pay. */
    private String facts(Claim claim) {
        String letterDays = letters.summaries(claim.id()).stream()
                .filter(letter -> letter.type().collectionLetter() && letter.dispatchedAt() != null
                        && letter.voidedAt() == null)
                .map(SummonsApplications::sent)
                .collect(Collectors.joining(", "));
        return parties.creditor(claim).name() + " invoiced the defendant " + claim.invoice().principal()
                + " EUR for " + claim.invoice().description() + " (invoice " + claim.invoice().number() + " of "
                + claim.invoice().invoiceDate() + ", due " + claim.invoice().dueDate() + "). The defendant has not "
                + "paid" + (letterDays.isEmpty() ? "" : " despite the letters sent (" + letterDays + ")") + ".";
    }

    private static String sent(LetterSummary letter) {
        return letter.type().name().toLowerCase().replace('_', ' ') + " on "
                + LocalDate.ofInstant(letter.dispatchedAt(), FINLAND);
    }
}
