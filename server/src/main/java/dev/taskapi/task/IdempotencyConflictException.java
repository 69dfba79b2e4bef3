package dev.taskapi.task;

/** An idempotency key came back with another request than the one it was first used for. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String message) {
        super(message);
    }
}
