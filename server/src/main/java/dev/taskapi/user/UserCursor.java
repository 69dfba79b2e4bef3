package dev.taskapi.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Where a page of users ended: the last user's creation time and id, opaque to the caller. */
record UserCursor(Instant createdAt, UUID id) {

    String encode() {
        String raw = createdAt + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null when the text is not one we made. */
    static @Nullable UserCursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", -1);
            return parts.length == 2 ? new UserCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])) : null;
        }
        catch (IllegalArgumentException | java.time.format.DateTimeParseException ex) {
            return null;
        }
    }
}
