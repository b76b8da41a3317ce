package fi.saatava.gateway.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * A court decision on a summons as the gateway booked it.
 *
 * @param decision     one of {@code ProcessContract.CourtDecisions}
 * @param judgmentDate for a default judgment, else {@code null}
 * @param legalCosts   for a default judgment the legal costs awarded (tariff + court fee), else {@code null}
 */
public record CourtDecisionRecord(UUID claimId, String filingId, String decision, LocalDate judgmentDate,
                                  String caseNumber, Money legalCosts, Instant recordedAt) {
}
