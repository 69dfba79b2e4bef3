package dev.taskapi.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter (Spring Security, the rate limiter, the body limit), where no
 * exception handler runs. It uses the application's own mapper, so the body is the one the advice writes.
 */
@Component
public class ProblemResponseWriter {

    private final JsonMapper jsonMapper;
    private final SecurityHeaders securityHeaders;

    ProblemResponseWriter(JsonMapper jsonMapper, SecurityHeaders securityHeaders) {
        this.jsonMapper = jsonMapper;
        this.securityHeaders = securityHeaders;
    }

    /**
     * For filters in front of Spring Security (which writes the security headers of everything behind it):
     * writes those headers as well, so an early refusal carries the same ones as any other answer.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (!response.isCommitted()) {
            securityHeaders.writeTo(request, response);
        }
        write(response, problem);
    }

    /** For Spring Security's handlers and the filters behind it. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        Problems.retryAfter(problem).ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
