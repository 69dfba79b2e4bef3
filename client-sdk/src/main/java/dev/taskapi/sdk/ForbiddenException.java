package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 403: The caller may not do this: a disabled account, a role it lacks, or a wrong current password. */
public class ForbiddenException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    ForbiddenException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
