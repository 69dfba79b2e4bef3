package dev.taskapi.sdk;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.taskapi.client.ApiException;
import dev.taskapi.client.ApiResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends one logical call through the generated client: adds the bearer token, renews it once on a 401,
 * retries 429 and 503 within the {@link RetryPolicy} when the request is safe to repeat, and turns every
 * failure into a {@link TaskApiException}.
 */
final class Calls {

    /** One attempt of a call: the generated operation, with the extra headers to send. */
    @FunctionalInterface
    interface Attempt<T> {
        ApiResponse<T> send(Map<String, String> headers) throws ApiException;
    }

    /** Whether a request needs the caller's token. */
    enum Access { PUBLIC, AUTHENTICATED }

    /** Whether sending a request twice is harmless (safe and idempotent methods, idempotency keys, If-Match). */
    enum Repeat { SAFE, UNSAFE }


    private final Authenticator authenticator;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper mapper;

    Calls(Authenticator authenticator, RetryPolicy retryPolicy, ObjectMapper mapper) {
        this.authenticator = authenticator;
        this.retryPolicy = retryPolicy;
        this.mapper = mapper;
    }

    <T> ApiResponse<T> send(Access access, Repeat repeat, Attempt<T> attempt) {
        int attempts = 0;
        Duration waited = Duration.ZERO;
        boolean renewed = false;
        while (true) {
            Map<String, String> headers = new HashMap<>();
            String token = access == Access.AUTHENTICATED ? authenticator.accessToken() : null;
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            attempts++;
            TaskApiException failure;
            try {
                return attempt.send(headers);
            }
            catch (ApiException ex) {
                failure = translate(ex);
            }
            if (failure.status() == 401 && token != null && !renewed) {
                renewed = true;
                attempts--;
                if (authenticator.renewAfterRejection(token)) {
                    continue;
                }
            }
            if (failure instanceof RetryableException retryable && repeat == Repeat.SAFE
                    && attempts < retryPolicy.maxAttempts()) {
                int made = attempts;
                Duration wait = retryable.retryAfter().orElseGet(() -> retryPolicy.backoff(made));
                if (waited.plus(wait).compareTo(retryPolicy.maxTotalWait()) <= 0 && pause(wait)) {
                    waited = waited.plus(wait);
                    continue;
                }
            }
            throw failure;
        }
    }

    /** Waits; false when interrupted (the flag stays set, and the last answer goes to the caller). */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    TaskApiException translate(ApiException ex) {
        if (ex.getCode() == 0) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            String what = cause instanceof InterruptedException ? "interrupted" : String.valueOf(cause.getMessage());
            return new TaskApiTransportException("No answer from the Task API: " + what, cause);
        }
        @Nullable HttpHeaders headers = ex.getResponseHeaders();
        return Problem.toException(ex.getCode(), ex.getResponseBody(), headers == null ? TaskApiException.NO_HEADERS : headers, mapper);
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
