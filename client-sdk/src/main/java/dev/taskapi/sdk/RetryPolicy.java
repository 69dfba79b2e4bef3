package dev.taskapi.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * When the client tries a request again by itself: on 429 (rate limited) and 503 (service unavailable),
 * waiting as long as the answer's {@code Retry-After} says (or {@code initialBackoff}, doubled on each
 * attempt, when it says nothing), for at most {@code maxAttempts} attempts in all, and never when the waits
 * would add up to more than {@code maxTotalWait}: then the last answer is thrown at once.
 * <p>
 * Only requests that are safe to repeat are retried: reads, PUT and DELETE; creates, which always carry an
 * {@code Idempotency-Key}; and PATCHes sent with {@code If-Match}. Sign-in and token refresh are never
 * retried (a refresh token works once).
 *
 * @param maxAttempts    attempts in all, the first one included; 1 means no retries
 * @param maxTotalWait   the most time spent waiting between attempts of one call
 * @param initialBackoff the wait before the first retry when the answer has no {@code Retry-After}
 */
public record RetryPolicy(int maxAttempts, Duration maxTotalWait, Duration initialBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(maxTotalWait, "maxTotalWait");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (maxTotalWait.isNegative() || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("waits cannot be negative");
        }
    }

    /** 3 attempts, at most 30 seconds of waiting in all, 1 second before the first retry without Retry-After. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    /** Every answer reaches the caller as it came. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** This policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, maxTotalWait, initialBackoff);
    }

    /** This policy with another bound on the total wait. */
    public RetryPolicy withMaxTotalWait(Duration wait) {
        return new RetryPolicy(maxAttempts, wait, initialBackoff);
    }

    Duration backoff(int attemptsMade) {
        return initialBackoff.multipliedBy(1L << Math.min(attemptsMade - 1, 16));
    }
}
