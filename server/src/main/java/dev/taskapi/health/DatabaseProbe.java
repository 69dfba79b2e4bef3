package dev.taskapi.health;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.taskapi.api.model.ServiceHealth;
import org.springframework.stereotype.Component;

/** Whether the database answers a trivial query, and how fast; never waits longer than the timeout. */
@Component
class DatabaseProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    ServiceHealth check() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) TIMEOUT.toSeconds());
            statement.execute("SELECT 1");
            return new ServiceHealth().status(ServiceHealth.StatusEnum.UP).latencyMs(millisSince(started));
        }
        catch (Exception ex) {
            return new ServiceHealth().status(ServiceHealth.StatusEnum.DOWN).latencyMs(millisSince(started))
                    .detail("unreachable");
        }
    }

    private static double millisSince(long started) {
        return Math.round((System.nanoTime() - started) / 10_000.0) / 100.0;
    }
}
