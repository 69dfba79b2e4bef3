package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 503: a dependency of the API (its database) is unreachable; {@link #retryAfter()} says when to try again. */
public class ServiceUnavailableException extends RetryableException {

    private static final long serialVersionUID = 1L;

    ServiceUnavailableException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
