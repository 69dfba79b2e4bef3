package dev.taskapi.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool's source of connections waits out an unreachable database, and nothing else. */
class ReconnectingDataSourceTest {

    private static final SQLException REFUSED = new SQLException("Connection refused", "08001");

    @Test
    void keepsTryingWhileTheDatabaseIsUnreachableAndConnectsWhenItIsBack() throws Exception {
        Scripted database = new Scripted(REFUSED, REFUSED, new SQLException("starting up", "57P03"));
        ReconnectingDataSource source = new ReconnectingDataSource(database, Duration.ofSeconds(5), () -> false);

        assertThat(source.getConnection()).isNull();
        assertThat(database.attempts).isEqualTo(4);
    }

    @Test
    void aWrongPasswordOrMissingDatabaseFailsAtOnce() {
        for (SQLException fatal : List.of(new SQLException("password authentication failed", "28P01"),
                new SQLException("database does not exist", "3D000"))) {
            Scripted database = new Scripted(fatal);
            ReconnectingDataSource source = new ReconnectingDataSource(database, Duration.ofSeconds(5), () -> false);
            assertThatThrownBy(source::getConnection).isSameAs(fatal);
            assertThat(database.attempts).isEqualTo(1);
        }
    }

    @Test
    void givesUpAfterItsPatienceOrWhenThePoolCloses() {
        Scripted unreachable = new Scripted(REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED);
        ReconnectingDataSource impatient = new ReconnectingDataSource(unreachable, Duration.ZERO, () -> false);
        assertThatThrownBy(impatient::getConnection).isSameAs(REFUSED);
        assertThat(unreachable.attempts).isEqualTo(1);

        AtomicBoolean closed = new AtomicBoolean();
        Scripted closing = new Scripted(REFUSED, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED) {
            @Override
            public Connection getConnection() throws SQLException {
                closed.set(attempts == 1);
                return super.getConnection();
            }
        };
        ReconnectingDataSource source = new ReconnectingDataSource(closing, Duration.ofSeconds(5), closed::get);
        assertThatThrownBy(source::getConnection).isSameAs(REFUSED);
        assertThat(closing.attempts).isEqualTo(2);
    }

    /** Fails with the given errors in turn, then hands out a (null) connection. */
    private static class Scripted extends AbstractDataSource {

        private final Deque<SQLException> failures;
        int attempts;

        Scripted(SQLException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public Connection getConnection() throws SQLException {
            attempts++;
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
