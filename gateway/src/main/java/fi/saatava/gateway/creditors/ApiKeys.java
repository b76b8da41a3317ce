package fi.saatava.gateway.creditors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes creditors' API keys. A key is 256 random bits, shown once; only its SHA-256 is stored,
 * so a database leak reveals no usable key, and checking a key is one indexed lookup.
 */
@Service
public class ApiKeys {

    /** Marks the string as a Saatava key, e.g. for secret scanners. */
    static final String KEY_PREFIX = "sk_";
    private static final int PREFIX_SHOWN = 10;
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The creditor a valid key belongs to. */
    public record KeyHolder(UUID creditorId, String creditorName) {
    }

    /**
     * A key as issued: the only time the secret exists outside its holder.
     *
     * @param key the full secret for {@code Authorization: Bearer <key>}
     */
    public record IssuedKey(UUID id, String key, String prefix, Instant createdAt) {
    }

    public Optional<KeyHolder> holderOf(String key) {
        return keys.activeHolder(sha256(key));
    }

    IssuedKey issue(UUID creditorId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        IssuedKey issued = new IssuedKey(UUID.randomUUID(), key, key.substring(0, PREFIX_SHOWN), clock.instant());
        keys.insert(issued.id(), creditorId, sha256(key), issued.prefix(), issued.createdAt());
        log.info("Issued API key {} ({}…) to creditor {}", issued.id(), issued.prefix(), creditorId);
        return issued;
    }

    /** A new key, and every other key of the creditor revoked at once (e.g. after a leak). */
    @Transactional
    IssuedKey rotate(UUID creditorId) {
        IssuedKey issued = issue(creditorId);
        keys.revokeAllBut(creditorId, issued.id(), clock.instant());
        log.info("Revoked every API key of creditor {} but {}", creditorId, issued.id());
        return issued;
    }

    /** @return whether the creditor has such a key; revoking a revoked key changes nothing */
    boolean revoke(UUID creditorId, UUID keyId) {
        boolean exists = keys.revoke(creditorId, keyId, clock.instant());
        if (exists) {
            log.info("Revoked API key {} of creditor {}", keyId, creditorId);
        }
        return exists;
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
