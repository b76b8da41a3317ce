package fi.saatava.gateway.creditors;

import java.time.Instant;
import java.util.UUID;

/**
 * An API key as operators see it: never the secret.
 *
 * @param prefix    the key's first characters, to tell keys apart
 * @param revokedAt {@code null} while the key is valid
 */
public record ApiKeyView(UUID id, String prefix, Instant createdAt, Instant revokedAt) {
}
