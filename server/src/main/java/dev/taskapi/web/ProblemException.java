package dev.taskapi.web;

import dev.taskapi.api.model.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * A refusal a feature decides on itself (a wrong password, a used reset token): the status, the category
 * and the sentence the caller reads. The advice turns it into a problem without knowing the feature.
 */
public abstract class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final ErrorCode error;

    protected ProblemException(HttpStatus status, ErrorCode error, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorCode error() {
        return error;
    }
}
