package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/**
 * 409: the request conflicts with what exists, see {@link #error()}: {@link IdempotencyConflictException}
 * for an {@code Idempotency-Key} reused with another body, {@code email_taken} when registering an email
 * that has an account already.
 */
public class ConflictException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    ConflictException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
