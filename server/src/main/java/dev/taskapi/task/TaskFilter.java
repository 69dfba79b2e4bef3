package dev.taskapi.task;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Which of the caller's tasks a list shows; a null field does not filter. */
public record TaskFilter(@Nullable Boolean completed, @Nullable String text, @Nullable Instant dueBefore) {
}
