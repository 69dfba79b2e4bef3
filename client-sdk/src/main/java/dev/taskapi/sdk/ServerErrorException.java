package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 500 and the other 5xx answers but 503: a failure on the server's side. Quote {@link #requestId()}. */
public class ServerErrorException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    ServerErrorException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
