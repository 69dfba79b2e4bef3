package dev.taskapi.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches what escapes the filters after it (Spring Security loading a user while the database is
 * down, say), where no exception handler runs, and answers with the same problem body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UncaughtFailureFilter extends OncePerRequestFilter {

    private final ProblemResponseWriter writer;

    UncaughtFailureFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | RuntimeException ex) {
            Throwable failure = ex instanceof ServletException && ex.getCause() != null ? ex.getCause() : ex;
            writer.write(request, response, FailureProblems.of(failure, request));
        }
    }
}
