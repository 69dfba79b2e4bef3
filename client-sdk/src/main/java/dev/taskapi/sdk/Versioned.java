package dev.taskapi.sdk;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A value with the {@code ETag} the API sent with it: pass it back to {@code replace}, {@code patch} or
 * {@code delete}, and the write happens only while nobody else has changed the value since (else
 * {@link PreconditionFailedException}).
 *
 * @param value the value
 * @param etag  its version as the API sent it (with the quotes, e.g. {@code "3"}); null if none was sent
 */
public record Versioned<T>(T value, @Nullable String etag) {

    public Versioned {
        Objects.requireNonNull(value, "value");
    }
}
