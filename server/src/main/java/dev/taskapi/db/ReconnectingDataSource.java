package dev.taskapi.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where the pool gets its new connections. While the database is unreachable it keeps trying every
 * {@link #RETRY_INTERVAL} instead of failing, for up to {@code patience}, so that the pool adds a
 * connection within moments of the database coming back.
 * <p>
 * Why: after each failed attempt the pool sleeps before the next one, doubling the sleep up to five
 * seconds, so after an outage of a few seconds it would notice the database's return only seconds
 * later. Requests are not held up by this: they wait for a connection from the pool only as long as
 * its connection timeout, then answer 503.
 */
class ReconnectingDataSource extends DelegatingDataSource {

    static final Duration RETRY_INTERVAL = Duration.ofMillis(200);

    private final long patienceNanos;
    private final BooleanSupplier poolClosed;

    ReconnectingDataSource(DataSource target, Duration patience, BooleanSupplier poolClosed) {
        super(target);
        this.patienceNanos = patience.toNanos();
        this.poolClosed = poolClosed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + patienceNanos;
        while (true) {
            try {
                return obtainTargetDataSource().getConnection();
            }
            catch (SQLException ex) {
                if (!ConnectionFailures.isConnectionFailure(ex) || poolClosed.getAsBoolean()
                        || System.nanoTime() + RETRY_INTERVAL.toNanos() > deadline) {
                    throw ex;
                }
                pause(ex);
            }
        }
    }

    /** The pool sets its connection timeout here; connecting has its own, longer timeouts (see the configuration). */
    @Override
    public void setLoginTimeout(int seconds) {
    }

    private static void pause(SQLException failure) throws SQLException {
        try {
            Thread.sleep(RETRY_INTERVAL.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
