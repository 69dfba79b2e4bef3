package dev.taskapi.sdk;

import java.net.http.HttpHeaders;

/** 401: No bearer token, or one the API refused (expired, revoked, from an untrusted issuer), or a wrong email or password. */
public class UnauthorizedException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    UnauthorizedException(int status, Problem problem, HttpHeaders headers) {
        super(status, problem, headers);
    }
}
