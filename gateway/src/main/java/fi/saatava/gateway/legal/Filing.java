package fi.saatava.gateway.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.saatava.law.money.Money;

/**
 * A document filed (or about to be filed) with an authority, frozen on its first preparation.
 *
 * @param id       the filing id: the id of the external task that files it
 * @param document the JSON exactly as served to the worker
 * @param receipt  the authority's receipt; {@code null} until a worker reported one
 */
public record Filing(String id, UUID claimId, FilingKind kind, LocalDate preparedOn, String document,
                     Instant createdAt, Receipt receipt) {

    /**
     * @param fee a fee the authority charged for the filing (a late lodging fee), else {@code null}
     */
    public record Receipt(String authority, String reference, Instant receivedAt, Money fee) {
    }
}
