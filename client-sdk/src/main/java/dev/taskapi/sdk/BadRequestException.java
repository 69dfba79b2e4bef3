package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 400: The request could not be read (malformed JSON, for one). */
public class BadRequestException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    BadRequestException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
