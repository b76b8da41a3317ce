package fi.saatava.worker.insolvency.gateway;

import java.time.LocalDate;
import java.util.List;

import fi.saatava.worker.kit.party.Address;
import fi.saatava.worker.kit.party.Debtor;
import fi.saatava.worker.kit.party.Organisation;

/**
 * The claim to lodge in insolvency proceedings, as the gateway prepared it for one filing ({@code POST
 * /api/internal/claims/{claimId}/insolvency-claims}, docs/contracts.md): the content of a valvontakirjelmä (KonkL
 * 12:7; spec §11): the principal, the interest up to the start of the proceedings, the interest after it separately,
 * the costs, the basis, any priority or security and the documents relied on. Amounts are the gateway's strings.
 *
 * @param procedure {@code BANKRUPTCY}, {@code DEBT_ADJUSTMENT}, {@code RESTRUCTURING} or {@code DECEASED_ESTATE}
 */
public record InsolvencyClaim(
        String filingId,
        String claimId,
        LocalDate preparedOn,
        String procedure,
        String procedureCaseNumber,
        LocalDate procedureStartDate,
        LocalDate lodgingDeadline,
        Administrator administrator,
        Organisation creditor,
        Organisation agent,
        Debtor debtor,
        String principal,
        InterestBeforeStart interestBeforeStart,
        InterestAfterStart interestAfterStart,
        List<Cost> costs,
        String total,
        String basis,
        String priority,
        String security,
        List<Document> documents) {

    /** The administrator (pesänhoitaja, selvittäjä, pesänselvittäjä) the claim is lodged with. */
    public record Administrator(String name, String email, Address address) {
    }

    /** Interest accrued up to the day before the proceedings started: amount, rate (% a year) and period. */
    public record InterestBeforeStart(String amount, String rate, LocalDate from, LocalDate to) {
    }

    /** Interest claimed after the start, separately, as a rate from a date (bankruptcy and estates only). */
    public record InterestAfterStart(String rate, LocalDate from) {
    }

    public record Cost(String kind, String amount, String description) {
    }

    /** A document relied on: an invoice, a judgment (court and case number), a contract. */
    public record Document(String kind, String number, LocalDate date, String court, String caseNumber) {
    }
}
