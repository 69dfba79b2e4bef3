package dev.taskapi.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.taskapi.api.model.TaskCreate;
import dev.taskapi.api.model.TaskPatch;
import dev.taskapi.api.model.TaskReplace;
import org.jspecify.annotations.Nullable;
import org.openapitools.jackson.nullable.JsonNullable;

/** Between the generated API models and the task domain; the only place that knows both. */
final class TaskMapper {

    private TaskMapper() {
    }

    static dev.taskapi.api.model.Task toApi(Task task) {
        return new dev.taskapi.api.model.Task()
                .id(task.id())
                .title(task.title())
                .description(task.description())
                .completed(task.completed())
                .dueAt(utc(task.dueAt()))
                .completedAt(utc(task.completedAt()))
                .createdAt(utc(task.createdAt()))
                .updatedAt(utc(task.updatedAt()));
    }

    static TaskDraft toDraft(TaskCreate create) {
        return TaskDraft.of(create.getTitle(), orNull(create.getDescription()), instant(orNull(create.getDueAt())));
    }

    /** A full replace: an omitted {@code description} or {@code due_at} is cleared, as the spec says. */
    static TaskDraft toDraft(TaskReplace replace) {
        return new TaskDraft(replace.getTitle(), orNull(replace.getDescription()),
                Boolean.TRUE.equals(replace.getCompleted()), instant(orNull(replace.getDueAt())));
    }

    static TaskChanges toChanges(TaskPatch patch) {
        return new TaskChanges(
                patch.getTitle() == null ? Change.keep() : Change.to(patch.getTitle()),
                change(patch.getDescription()),
                patch.getCompleted() == null ? Change.keep() : Change.to(patch.getCompleted()),
                change(patch.getDueAt()).map(TaskMapper::instant));
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    private static <T> @Nullable T orNull(@Nullable JsonNullable<T> value) {
        return value == null ? null : value.orElse(null);
    }

    /** Absent stays absent; present (even null) is a change. */
    private static <T> Change<T> change(@Nullable JsonNullable<T> value) {
        return value != null && value.isPresent() ? Change.to(value.get()) : Change.keep();
    }
}
