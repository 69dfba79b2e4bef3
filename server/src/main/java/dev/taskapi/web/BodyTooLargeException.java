package dev.taskapi.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** Reading the request body went past the limit. An {@link IOException}, so any reader of the body sees it. */
public final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The exception, wherever in the cause chain of a failure it is, or null. */
    static @Nullable BodyTooLargeException in(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
