package dev.taskapi.auth;

import java.io.IOException;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.web.ProblemResponseWriter;
import dev.taskapi.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 as problem+json. Spring's bearer entry point sets the RFC 6750 {@code WWW-Authenticate} challenge
 * ({@code error="invalid_token"} when a token was refused); this adds the body every other error has.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        challenge.commence(request, response, ex);
        boolean tokenRefused = ex instanceof OAuth2AuthenticationException;
        String detail = tokenRefused
                ? "The bearer token is malformed, expired, not yet valid or not from a trusted issuer."
                : "This operation needs a bearer token in the Authorization header.";
        writer.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                tokenRefused ? ErrorCode.INVALID_TOKEN : ErrorCode.UNAUTHORIZED, detail, request));
    }
}
