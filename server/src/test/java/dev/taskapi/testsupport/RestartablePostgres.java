package dev.taskapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL of a test's own, which the test can stop and start again at the same port with the
 * same data, as a database restart or failover looks to the server. Never the shared test database.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private RestartablePostgres(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    public static RestartablePostgres start() {
        try {
            Path dataDir = Files.createTempDirectory("taskapi-restartable-pg");
            return new RestartablePostgres(dataDir, builder(dataDir, 0).start());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start PostgreSQL", ex);
        }
    }

    /** Stops PostgreSQL the way an administrator does: open sessions are ended, the port closes. */
    public synchronized void stop() {
        try {
            postgres.close();
            postgres = null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Starts it again at the same port, with everything that was committed before. */
    public synchronized void restart() {
        try {
            postgres = builder(dataDir, port).start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not restart PostgreSQL", ex);
        }
    }

    /** Starts it again unless it is running, so one failed test does not leave the next without a database. */
    public synchronized void ensureRunning() {
        if (postgres == null) {
            restart();
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    /** A direct connection, to check what is really stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres != null) {
            stop();
        }
        FileSystemUtils.deleteRecursively(dataDir);
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port);
    }
}
