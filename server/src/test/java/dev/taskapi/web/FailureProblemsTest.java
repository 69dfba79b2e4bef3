package dev.taskapi.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a lost database surfaces is a 503 worth retrying; anything else stays a 500. */
class FailureProblemsTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tasks");

    @Test
    void noConnectionFromThePoolInTime() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "taskapi - Connection is not available, request timed out after 1000ms.", "08001");
        assertUnavailable(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout));
        assertUnavailable(new CannotCreateTransactionException("Could not open JDBC Connection", timeout));
    }

    @Test
    void theConnectionDroppedInsideATransaction() {
        // A commit or rollback on a connection the server closed is not a DataAccessException at all.
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertUnavailable(new TransactionSystemException("Could not commit JDBC transaction", ioError));

        // The rollback after a failed commit fails too, on the connection the pool has already closed.
        assertUnavailable(new TransactionSystemException("Could not roll back JDBC transaction",
                new SQLException("Connection is closed")));
    }

    @Test
    void theServerEndedTheSessionOrIsStillStarting() {
        assertUnavailable(new UncategorizedSQLException("insert", "INSERT ...",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertUnavailable(new DataAccessResourceFailureException("starting up",
                new SQLException("the database system is starting up", "57P03")));
        assertUnavailable(new UncategorizedSQLException("connect", null,
                new SQLException("sorry, too many clients already", "53300")));
    }

    @Test
    void aBugIsStillA500() {
        assertThat(FailureProblems.of(new IllegalStateException("bug"), request).getStatus()).isEqualTo(500);
        assertThat(FailureProblems.of(new UncategorizedSQLException("select", "SELECT ...",
                new SQLException("syntax error", "42601")), request).getStatus()).isEqualTo(500);
    }

    private void assertUnavailable(Exception failure) {
        assertThat(FailureProblems.isUnavailable(failure)).as(failure.getClass().getName()).isTrue();
        assertThat(FailureProblems.of(failure, request).getStatus()).isEqualTo(503);
    }
}
