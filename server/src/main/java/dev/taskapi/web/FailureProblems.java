package dev.taskapi.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.db.ConnectionFailures;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the caller hears when a request fails with an exception: 413 when its body went past the limit
 * while something read it, 503 when the database cannot be reached (it is worth retrying), 500 otherwise.
 * The log line names the failure by its types only, because driver messages can carry SQL and connection
 * details that must never be written anywhere.
 */
public final class FailureProblems {

    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(FailureProblems.class);

    private FailureProblems() {
    }

    /**
     * Whether the failure means the database could not be reached or dropped the connection, anywhere in
     * its cause chain: no connection from the pool in time, a transaction that could not begin, commit or
     * roll back, a statement on a connection the server closed (it restarted, failed over, or an
     * administrator ended the session), or too many connections. The client may retry all of them; a
     * create it retries with its {@code Idempotency-Key} is applied once even if a failed commit was in fact
     * applied.
     */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A commit or rollback that failed on the connection (the transaction manager could not
            // classify it). When the commit failed the pool has already closed the connection, so the
            // rollback after it fails with a bare "Connection is closed" that hides the commit's failure.
            if (cause instanceof TransactionSystemException) {
                return true;
            }
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && ConnectionFailures.isConnectionFailure(sql)
                    || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemDetail of(Throwable failure, HttpServletRequest request) {
        BodyTooLargeException tooLarge = Causes.find(failure, BodyTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge.limit(), request);
        }
        DependencyUnavailableException dependency = Causes.find(failure, DependencyUnavailableException.class);
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

    /** Whether the failure is, or was caused by, a body read past the limit. */
    static boolean isBodyTooLarge(Throwable failure) {
        return Causes.find(failure, BodyTooLargeException.class) != null;
    }

    static ProblemDetail tooLarge(long limit, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes.", request);
    }

    /** The exception types from outermost to root cause, where it was thrown, and from which of our code. */
    static String causeChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                // The SQLSTATE says what kind of failure it was and carries no data.
                chain.append('[').append(sql.getSQLState()).append(']');
            }
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
