package dev.taskapi.web;

import java.time.Duration;

import dev.taskapi.api.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the caller hears when the server fails: 503 when the database cannot be reached (it is worth
 * retrying), 500 otherwise. The log line names the failure by its types only, because driver messages
 * can carry SQL and connection details that must never be written anywhere.
 */
public final class FailureProblems {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(FailureProblems.class);

    private FailureProblems() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemDetail of(Throwable failure, HttpServletRequest request) {
        DependencyUnavailableException dependency = dependencyUnavailable(failure);
        if (dependency != null) {
            log.warn("Dependency unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
                    dependency.getMessage());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
                    dependency.getMessage(), request);
        }
        if (isUnavailable(failure)) {
            log.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
                    causeChain(failure));
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE,
                    "The service cannot reach its database right now; try again shortly.", request);
        }
        log.error("Unexpected failure while serving {} {}: {}", request.getMethod(), request.getRequestURI(),
                causeChain(failure));
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL_ERROR,
                "Something went wrong on our side. Quote the request id when you report it.", request);
    }

    private static @Nullable DependencyUnavailableException dependencyUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DependencyUnavailableException dependency) {
                return dependency;
            }
        }
        return null;
    }

    /** The exception types from outermost to root cause, where it was thrown, and from which of our code. */
    static String causeChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(cause.getClass().getName());
        }
        StackTraceElement[] trace = failure.getStackTrace();
        if (trace.length > 0) {
            chain.append(" at ").append(trace[0]);
        }
        for (StackTraceElement frame : trace) {
            if (frame.getClassName().startsWith("dev.taskapi.")) {
                chain.append(", from ").append(frame);
                break;
            }
        }
        return chain.toString();
    }
}
