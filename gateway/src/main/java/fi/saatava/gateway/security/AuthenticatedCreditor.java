package fi.saatava.gateway.security;

import java.util.UUID;

/**
 * The creditor whose API key authenticated the request; a controller parameter of this type receives it. Every
 * claim a creditor submits is its own, and it sees no other creditor's claims.
 */
public record AuthenticatedCreditor(UUID id, String name) {
}
