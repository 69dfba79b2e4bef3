package dev.taskapi.health;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Whether the database answers a trivial query. Required: no request can be served without it. Getting
 * a connection is bounded by the pool's connection timeout, the query by a statement timeout.
 */
@Component
class DatabaseProbe implements DependencyProbe {

    private static final int QUERY_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Dependency dependency() {
        return Dependency.DATABASE;
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public ProbeResult check() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            return ProbeResult.up();
        }
    }
}
