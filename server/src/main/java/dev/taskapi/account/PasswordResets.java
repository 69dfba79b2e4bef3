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

/** Single-use password reset tokens; only their hashes are kept. */
@Component
class PasswordResets {

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    String create(UUID userId, Duration lifetime) {
        String token = SecretTokens.generate();
        jdbc.sql("INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES (:hash, :userId, :expiresAt)")
                .param("hash", SecretTokens.hash(token))
                .param("userId", userId)
                .param("expiresAt", Timestamp.from(clock.instant().plus(lifetime)))
                .update();
        return token;
    }

    /** The user the token was made for, if it is unused and unexpired; it is used up either way. */
    @Transactional
    Optional<UUID> consume(String token) {
        return jdbc.sql("""
                        UPDATE password_reset_tokens SET used_at = now()
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > now()
                        RETURNING user_id
                        """)
                .param("hash", SecretTokens.hash(token))
                .query(UUID.class)
                .optional();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("DELETE FROM password_reset_tokens WHERE expires_at < now() - interval '1 day'").update();
    }
}
