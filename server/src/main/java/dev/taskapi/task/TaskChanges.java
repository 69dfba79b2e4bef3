package dev.taskapi.task;

import java.time.Instant;

/** A partial update of a task. {@code title} and {@code completed} are never set to null. */
public record TaskChanges(Change<String> title, Change<String> description, Change<Boolean> completed,
                          Change<Instant> dueAt) {
}
