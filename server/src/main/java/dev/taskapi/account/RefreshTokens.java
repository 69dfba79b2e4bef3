package dev.taskapi.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of the built-in identity provider as chains ("families") of refresh tokens. Each token works
 * once; using it adds its successor to the family. A token presented a second time can only be a copy,
 * so the whole family is revoked, the thief's and the owner's tokens alike.
 */
@Component
class RefreshTokens {

    /** What presenting a refresh token came to. */
    sealed interface Use {
    }

    record Rotated(UUID userId, String token) implements Use {
    }

    record Refused() implements Use {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RefreshTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first token of a new session. */
    @Transactional
    String start(UUID userId, Duration lifetime) {
        return insert(userId, UUID.randomUUID(), lifetime);
    }

    /**
     * Uses up {@code token} and returns its successor. Reuse revokes the family, and that revocation is
     * committed: this method refuses by returning, never by throwing.
     */
    @Transactional
    Use rotate(String token, Duration lifetime) {
        byte[] hash = SecretTokens.hash(token);
        Optional<Family> live = jdbc.sql("""
                        UPDATE refresh_tokens SET used_at = now()
                        WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
                        RETURNING user_id, family_id
                        """)
                .param("hash", hash)
                .query((rs, row) -> new Family(rs.getObject("user_id", UUID.class), rs.getObject("family_id", UUID.class)))
                .optional();
        if (live.isPresent()) {
            return new Rotated(live.get().userId(), insert(live.get().userId(), live.get().familyId(), lifetime));
        }
        jdbc.sql("""
                        UPDATE refresh_tokens SET revoked_at = now()
                        WHERE revoked_at IS NULL AND family_id IN (
                            SELECT family_id FROM refresh_tokens WHERE token_hash = :hash AND used_at IS NOT NULL)
                        """)
                .param("hash", hash)
                .update();
        return new Refused();
    }

    /** Ends the session {@code token} belongs to; unknown tokens are ignored. */
    @Transactional
    void revokeFamilyOf(String token) {
        jdbc.sql("""
                        UPDATE refresh_tokens SET revoked_at = now()
                        WHERE revoked_at IS NULL
                          AND family_id IN (SELECT family_id FROM refresh_tokens WHERE token_hash = :hash)
                        """)
                .param("hash", SecretTokens.hash(token))
                .update();
    }

    @Transactional
    void revokeAll(UUID userId) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = :userId AND revoked_at IS NULL")
                .param("userId", userId)
                .update();
    }

    /** Expired tokens prove nothing any more, except reuse for a day after expiry. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'").update();
    }

    private String insert(UUID userId, UUID familyId, Duration lifetime) {
        String token = SecretTokens.generate();
        jdbc.sql("""
                        INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at)
                        VALUES (:id, :userId, :familyId, :hash, :expiresAt)
                        """)
                .param("id", UUID.randomUUID())
                .param("userId", userId)
                .param("familyId", familyId)
                .param("hash", SecretTokens.hash(token))
                .param("expiresAt", Timestamp.from(clock.instant().plus(lifetime)))
                .update();
        return token;
    }

    private record Family(UUID userId, UUID familyId) {
    }
}
