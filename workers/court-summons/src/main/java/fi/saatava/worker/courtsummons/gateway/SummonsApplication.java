package fi.saatava.worker.courtsummons.gateway;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.worker.kit.filing.ClaimItem;
import fi.saatava.worker.kit.party.Address;
import fi.saatava.worker.kit.party.Organisation;

/**
 * The summons application the gateway prepared for one filing ({@code POST
 * /api/internal/claims/{claimId}/summons-applications}, docs/contracts.md): the same document for the same filing
 * id, so a retried filing sends the court exactly what it sent the first time. Every amount is the gateway's
 * (strings with two decimals); the worker only chooses the court and forwards the rest (spec §8, OK 5:2, 5:3).
 */
public record SummonsApplication(
        String filingId,
        String claimId,
        LocalDate preparedOn,
        Organisation plaintiff,
        Organisation agent,
        Defendant defendant,
        List<ClaimItem> claims,
        String facts,
        List<Evidence> evidence,
        LegalCosts legalCosts,
        ConsumerCredit consumerCredit) {

    /**
     * The defendant with the domicile that decides the court (OK 10:1, 10:17 a). {@code addressInquiries} says what was
     * done to find an unknown address (OK 5:2), else null.
     */
    public record Defendant(String type, String identityCode, String name, Address address, String phone,
            Domicile domicile, String addressInquiries) {

        @Override
        public String toString() {
            return "Defendant[type=" + type + ", identityCode="
                    + fi.saatava.worker.kit.privacy.IdentityCodes.mask(identityCode) + "]";
        }
    }

    /** The municipality (kotikunta) and its region (maakunta), in Finnish, e.g. Espoo / Uusimaa. */
    public record Domicile(String municipality, String region) {
    }


    /** A document relied on, e.g. {@code INVOICE} number, date and due date. */
    public record Evidence(String kind, String number, LocalDate date, LocalDate dueDate, String description) {
    }

    /**
     * Legal costs claimed under OM asetus 1311/2001 (425/2012): the tariff amount plus the court fee (spec §8);
     * {@code reason} states why the high tariff applies.
     */
    public record LegalCosts(String tariff, String amount, String courtFee, String total, String reason) {
    }

    /** The extra items of a consumer-credit claim (OK 5:3 2 mom, 599/2019; 451/2023). */
    public record ConsumerCredit(String creditAmount, Integer termDays, String contractInterest,
            List<CreditCost> creditCosts, String annualPercentageRate, Boolean contractMadeAsRequired,
            String creditType) {
    }

    public record CreditCost(String kind, String amount) {
    }
}
