package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/**
 * 422 {@code validation_failed}: the request was read but breaks the rules of the spec; {@link #errors()}
 * names each field and rule.
 */
public class ValidationException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    ValidationException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
