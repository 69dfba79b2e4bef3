package dev.taskapi.auth;

import java.io.IOException;
import java.util.Locale;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.web.ProblemResponseWriter;
import dev.taskapi.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem+json, with the RFC 6750 challenge: a bare {@code Bearer} when no token came,
 * {@code error="invalid_token"} when one was refused. The reason is counted, never logged with the token.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;
    private final MeterRegistry meters;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer, MeterRegistry meters) {
        this.writer = writer;
        this.meters = meters;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean tokenRefused = ex instanceof OAuth2AuthenticationException;
        meters.counter("taskapi.auth.failures", "reason", tokenRefused ? reason(ex) : "missing_token").increment();
        String detail;
        if (tokenRefused) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"The token was refused\"");
            detail = "The bearer token is malformed, expired, revoked, not yet valid or not from a trusted issuer.";
        }
        else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            detail = "This operation needs a bearer token in the Authorization header.";
        }
        writer.write(response, Problems.of(HttpStatus.UNAUTHORIZED,
                tokenRefused ? ErrorCode.INVALID_TOKEN : ErrorCode.UNAUTHORIZED, detail, request));
    }

    /** A coarse reason for metrics; the messages are Spring's and Nimbus's, never the token. */
    private static String reason(AuthenticationException ex) {
        String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("expired")) {
            return "expired";
        }
        if (message.contains("revoked")) {
            return "revoked";
        }
        if (message.contains("trusted issuer")) {
            return "untrusted_issuer";
        }
        if (message.contains("signature") || message.contains("no matching key")) {
            return "bad_signature";
        }
        if (message.contains("not a jwt") || message.contains("not signed") || message.contains("malformed")) {
            return "malformed";
        }
        return "invalid_claims";
    }
}
