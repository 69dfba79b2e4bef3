package dev.taskapi.task;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Which task each (caller, Idempotency-Key) created. The primary key serialises concurrent retries:
 * the second insert waits for the first transaction and then finds its row.
 */
@Repository
class IdempotencyKeys {

    static final Duration RETENTION = Duration.ofHours(24);

    record Entry(String requestHash, UUID taskId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a new task; false when the key is already taken (and not yet expired). */
    boolean claim(UUID userId, String key, String requestHash, UUID taskId) {
        jdbc.sql("""
                DELETE FROM idempotency_keys
                WHERE user_id = :userId AND key = :key AND created_at < now() - make_interval(secs => :retention)
                """)
                .param("userId", userId).param("key", key).param("retention", RETENTION.toSeconds())
                .update();
        return jdbc.sql("""
                INSERT INTO idempotency_keys (user_id, key, request_hash, task_id)
                VALUES (:userId, :key, :requestHash, :taskId)
                ON CONFLICT (user_id, key) DO NOTHING
                """)
                .param("userId", userId).param("key", key).param("requestHash", requestHash).param("taskId", taskId)
                .update() == 1;
    }

    Optional<Entry> find(UUID userId, String key) {
        return jdbc.sql("SELECT request_hash, task_id FROM idempotency_keys WHERE user_id = :userId AND key = :key")
                .param("userId", userId).param("key", key)
                .query((rs, row) -> new Entry(rs.getString("request_hash"), rs.getObject("task_id", UUID.class)))
                .optional();
    }

    /** Forgets keys past their retention, so the table stays small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :retention)")
                .param("retention", RETENTION.toSeconds())
                .update();
    }
}
