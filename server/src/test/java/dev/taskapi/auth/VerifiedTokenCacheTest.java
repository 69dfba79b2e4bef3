package dev.taskapi.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import dev.taskapi.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.fixed(NOW, ZoneOffset.UTC));
        Jwt first = cache.get("token-a", token -> verify(token, NOW.plusSeconds(60)));
        Jwt second = cache.get("token-a", token -> verify(token, NOW.plusSeconds(60)));
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        cache.get("token-b", token -> verify(token, NOW.plusSeconds(60)));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredEntryIsVerifiedAgain() {
        MovableClock clock = new MovableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(clock);
        cache.get("token", token -> verify(token, NOW.plusSeconds(60)));
        clock.set(NOW.plusSeconds(61));
        cache.get("token", token -> verify(token, NOW.plusSeconds(120)));
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenAcceptedOnlyThanksToTheClockSkewIsNotKept() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.fixed(NOW, ZoneOffset.UTC));
        cache.get("late", token -> verify(token, NOW.minusSeconds(10)));
        cache.get("late", token -> verify(token, NOW.minusSeconds(10)));
        assertThat(verifications).hasValue(2);
    }

    private Jwt verify(String token, Instant expiresAt) {
        verifications.incrementAndGet();
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("someone")
                .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
    }
}
