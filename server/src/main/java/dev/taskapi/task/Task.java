package dev.taskapi.task;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task, the aggregate root of this feature. Immutable: every change makes a new value, and
 * {@code version} (optimistic locking) makes a write on a stale value fail instead of overwriting.
 */
@Table("tasks")
public record Task(
        @Id UUID id,
        UUID userId,
        String title,
        @Nullable String description,
        boolean completed,
        @Nullable Instant dueAt,
        @Nullable Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    static Task create(UUID userId, TaskDraft draft, Instant now) {
        return new Task(UUID.randomUUID(), userId, draft.title(), draft.description(), draft.completed(),
                draft.dueAt(), draft.completed() ? now : null, now, now, null);
    }

    Task replace(TaskDraft draft, Instant now) {
        return new Task(id, userId, draft.title(), draft.description(), draft.completed(), draft.dueAt(),
                completedAt(draft.completed(), now), createdAt, now, version);
    }

    Task apply(TaskChanges changes, Instant now) {
        boolean nowCompleted = changes.completed().orElse(completed);
        return new Task(id, userId, changes.title().orElse(title), changes.description().orElse(description),
                nowCompleted, changes.dueAt().orElse(dueAt), completedAt(nowCompleted, now), createdAt, now, version);
    }

    /** Set when the task turns complete, kept while it stays complete, cleared when it reopens. */
    private @Nullable Instant completedAt(boolean nowCompleted, Instant now) {
        if (!nowCompleted) {
            return null;
        }
        return completed ? completedAt : now;
    }
}
