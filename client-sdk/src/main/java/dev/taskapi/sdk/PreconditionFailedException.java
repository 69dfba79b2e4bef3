package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 412: The task has changed since the ETag sent in If-Match; nothing was changed. Fetch it again. */
public class PreconditionFailedException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    PreconditionFailedException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
