package dev.taskapi.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An issuer's public keys, fetched when first needed and kept.
 * <ul>
 * <li>Keys are fetched again after {@code ttl}, or when a token names a key id we do not have (the
 * issuer rotated its keys), but never more than once per {@code cooldown}: a flood of made-up key ids
 * costs the issuer one fetch.</li>
 * <li>When a fetch fails, the keys we have keep working (the issuer is down, its keys are not revoked).
 * With no keys at all, verification cannot even start: that is {@link IdentityProviderUnavailableException},
 * a 503 the caller may retry, not a 401 that would sign them out.</li>
 * </ul>
 */
final class RefreshingJwkSource implements JWKSource<SecurityContext> {

    /** Where the keys come from: an issuer's JWKS URL, or our own database. */
    @FunctionalInterface
    interface Loader {
        JWKSet load() throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(RefreshingJwkSource.class);

    private final String issuerName;
    private final Loader loader;
    private final Duration ttl;
    private final Duration cooldown;
    private final Clock clock;
    private final FetchListener listener;

    private volatile @Nullable Snapshot snapshot;
    private volatile @Nullable Instant lastAttempt;
    private volatile boolean lastFetchSucceeded;

    RefreshingJwkSource(String issuerName, Loader loader, Duration ttl, Duration cooldown, Clock clock,
                        FetchListener listener) {
        this.issuerName = issuerName;
        this.loader = loader;
        this.ttl = ttl;
        this.cooldown = cooldown;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) {
        Snapshot current = snapshot;
        if (current == null || current.olderThan(ttl, clock.instant())) {
            current = refresh(current);
        }
        List<JWK> keys = selector.select(current.keys());
        if (keys.isEmpty()) {
            Snapshot refreshed = refresh(current);
            if (refreshed != current) {
                keys = selector.select(refreshed.keys());
            }
        }
        return keys;
    }

    String issuerName() {
        return issuerName;
    }

    /**
     * Whether the issuer answered its last fetch. Fetches first when none was made yet, within the same
     * cooldown as token verification, so frequent health checks cannot flood the issuer either.
     */
    boolean reachable() {
        if (snapshot == null) {
            try {
                refresh(null);
            }
            catch (IdentityProviderUnavailableException ex) {
                return false;
            }
        }
        return lastFetchSucceeded;
    }

    /** Fetches now, unless another caller did since {@code seen} or the cooldown is not over. */
    private synchronized Snapshot refresh(@Nullable Snapshot seen) {
        Snapshot current = snapshot;
        if (current != seen && current != null) {
            return current;
        }
        Instant now = clock.instant();
        Instant previous = lastAttempt;
        if (previous != null && previous.plus(cooldown).isAfter(now)) {
            return requireKeys(current);
        }
        lastAttempt = now;
        try {
            Snapshot fetched = new Snapshot(loader.load(), now);
            snapshot = fetched;
            lastFetchSucceeded = true;
            listener.fetched(issuerName, true);
            return fetched;
        }
        catch (Exception ex) {
            lastFetchSucceeded = false;
            listener.fetched(issuerName, false);
            log.warn("Could not fetch the signing keys of issuer {} ({}); {}", issuerName,
                    ex.getClass().getSimpleName(), current == null ? "no keys to fall back on" : "keeping the keys we have");
            return requireKeys(current);
        }
    }

    private Snapshot requireKeys(@Nullable Snapshot current) {
        if (current == null) {
            throw new IdentityProviderUnavailableException(issuerName);
        }
        return current;
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {
        boolean olderThan(Duration ttl, Instant now) {
            return fetchedAt.plus(ttl).isBefore(now);
        }
    }

    /** Told of every fetch, for metrics. */
    @FunctionalInterface
    interface FetchListener {
        void fetched(String issuerName, boolean succeeded);
    }
}
