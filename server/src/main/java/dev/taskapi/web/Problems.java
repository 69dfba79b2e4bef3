package dev.taskapi.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.taskapi.api.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;

/**
 * The one place that shapes an error. Every error, whether an exception handler or a servlet filter
 * writes it, is an RFC 9457 problem with the extension members the spec's {@code Problem} schema names.
 */
public final class Problems {

    private static final String TYPE_BASE = "https://taskapi.dev/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, ErrorCode error, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + error.getValue().replace('_', '-').toLowerCase(Locale.ROOT)));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("error", error.getValue());
        problem.setProperty("message", detail);
        problem.setProperty("request_id", RequestIds.current(request));
        return problem;
    }

    /** The problem as a response: problem+json, with {@code Retry-After} where waiting helps. */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        retryAfter(problem).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.body(problem);
    }

    static Optional<String> retryAfter(ProblemDetail problem) {
        return problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()
                ? Optional.of(String.valueOf(FailureProblems.RETRY_AFTER.toSeconds()))
                : Optional.empty();
    }

    public static ProblemDetail validation(List<FieldViolation> violations, HttpServletRequest request) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.VALIDATION_FAILED,
                "The request is not valid.", request);
        problem.setProperty("errors", violations);
        return problem;
    }
}
