package dev.taskapi.task;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page ended: the sort key and id of its last task. Opaque to clients (base64url), so the
 * encoding can change without breaking them; only valid with the sort it was made for.
 */
public record TaskCursor(TaskSort sort, String key, UUID lastId) {

    private static final char SEPARATOR = '\n';

    static TaskCursor after(Task task, TaskSort sort) {
        return new TaskCursor(sort, sort.keyOf(task), task.id());
    }

    public String encode() {
        String plain = sort.parameter() + SEPARATOR + lastId + SEPARATOR + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or empty when the text is not one this server made. */
    public static Optional<TaskCursor> decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = plain.split(String.valueOf(SEPARATOR), 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return TaskSort.fromParameter(parts[0])
                    .map(sort -> new TaskCursor(sort, parts[2], UUID.fromString(parts[1])));
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
