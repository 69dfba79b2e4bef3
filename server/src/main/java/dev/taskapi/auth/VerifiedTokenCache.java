package dev.taskapi.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.taskapi.crypto.Sha256;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens already verified, until they expire, so a client's every request does not pay for parsing and a
 * signature check again (an RSA or Ed25519 verification costs more than the rest of a small request).
 * Keyed by the token's SHA-256, so the map never holds a usable token. Only fully verified tokens get in;
 * what depends on our data (disabled, revoked, tier) is still read for every request.
 */
final class VerifiedTokenCache {

    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    Jwt get(String token, Function<String, Jwt> verify) {
        String key = Sha256.hex(token);
        Jwt cached = verified.get(key);
        Instant now = clock.instant();
        if (cached != null && isLive(cached, now)) {
            return cached;
        }
        Jwt jwt = verify.apply(token);
        if (isLive(jwt, now)) {
            if (verified.size() >= MAX_ENTRIES) {
                evictExpired(now);
            }
            verified.put(key, jwt);
        }
        return jwt;
    }

    private void evictExpired(Instant now) {
        verified.values().removeIf(jwt -> !isLive(jwt, now));
        if (verified.size() >= MAX_ENTRIES) {
            // Still full of live tokens: start again rather than grow without bound.
            verified.clear();
        }
    }

    /** Cached only while strictly unexpired: the clock skew is a tolerance for first checks, not a grace period. */
    private static boolean isLive(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return expiresAt != null && expiresAt.isAfter(now) && (notBefore == null || !notBefore.isAfter(now));
    }
}
