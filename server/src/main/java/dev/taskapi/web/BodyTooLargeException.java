package dev.taskapi.web;

import java.io.IOException;

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
}
