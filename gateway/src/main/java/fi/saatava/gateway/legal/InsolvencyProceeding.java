package fi.saatava.gateway.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.gateway.claims.PostalAddress;

/**
 * Insolvency proceedings against the debtor, or the debtor's death (spec §11).
 *
 * @param procedure       one of {@code ProcessContract.InsolvencyStatuses} but NONE
 * @param startDate       the start of the proceedings (or the day of death); interest is split or stops there
 * @param lodgingDeadline the valvontapäivä, the deadline set for the case or the public summons' määräpäivä
 * @param frozenAt        when collection was frozen for them, {@code null} before
 * @param endedAt         when they ended for the claim, {@code null} while they run
 */
public record InsolvencyProceeding(UUID id, UUID claimId, String procedure, String caseNumber, LocalDate startDate,
                                   LocalDate lodgingDeadline, Administrator administrator, Instant notifiedAt,
                                   Instant frozenAt, LocalDate programmeEndDate, Instant endedAt, String endReason) {

    /** @param address optional */
    public record Administrator(String name, String email, PostalAddress address) {
    }

    /** The details an operator records from the court's or the administrator's notice; any may still be unknown. */
    public record Details(String procedure, String caseNumber, LocalDate startDate, LocalDate lodgingDeadline,
                          Administrator administrator) {
    }
}
