package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 404: No such resource for the caller. Another user's task answers exactly like a missing one. */
public class NotFoundException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    NotFoundException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
