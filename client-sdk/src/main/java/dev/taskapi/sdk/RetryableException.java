package dev.taskapi.sdk;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * An answer that says "not now, later": {@link RateLimitedException} (429) and
 * {@link ServiceUnavailableException} (503). The client retries these by itself within its
 * {@link RetryPolicy}; one reaches the caller when the policy gave up or does not allow a retry.
 */
public abstract class RetryableException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    RetryableException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
        this.retryAfter = RetryAfter.parse(headers);
    }

    /** How long the API asked to wait ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
