package dev.taskapi.task;

import java.time.Instant;

import dev.taskapi.crypto.Sha256;
import org.jspecify.annotations.Nullable;

/** Every writable field of a task: what a create or a full replace asks for. */
public record TaskDraft(String title, @Nullable String description, boolean completed, @Nullable Instant dueAt) {

    public static TaskDraft of(String title, @Nullable String description, @Nullable Instant dueAt) {
        return new TaskDraft(title, description, false, dueAt);
    }

    /** A digest of the request, to tell a retry (same draft) from a reuse of its idempotency key. */
    String fingerprint() {
        String canonical = String.join("\u0000", title, String.valueOf(description), String.valueOf(completed),
                String.valueOf(dueAt));
        return Sha256.hex(canonical);
    }
}
