package dev.taskapi.web;

/**
 * A dependency a request needs cannot be reached right now (an identity provider's keys, say). The
 * caller gets a 503 with {@code Retry-After}: waiting helps, unlike with a 4xx.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String detail) {
        super(detail, null, false, false);
    }
}
