package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 409 {@code idempotency_conflict}: the {@code Idempotency-Key} was used before with a different request body. */
public class IdempotencyConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    IdempotencyConflictException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
