package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 429 {@code rate_limited}: the caller is over its rate limit; {@link #retryAfter()} says for how long. */
public class RateLimitedException extends RetryableException {

    private static final long serialVersionUID = 1L;

    RateLimitedException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
