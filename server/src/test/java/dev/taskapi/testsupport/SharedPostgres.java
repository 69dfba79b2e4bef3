package dev.taskapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL for the whole test JVM: {@code DATABASE_URL} when it is set, otherwise an embedded
 * server with a fresh data directory, started on first use and stopped when the JVM exits.
 */
public final class SharedPostgres {

    private static String url;

    private SharedPostgres() {
    }

    /** A URL the server's {@code taskapi.database.url} accepts. */
    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("DATABASE_URL");
            url = configured != null && !configured.isBlank() ? configured : startEmbedded();
        }
        return url;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("taskapi-test-pg"))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (IOException ignored) {
                    // The JVM is exiting; the temporary directory goes with the machine's cleanup.
                }
            }));
            return postgres.getJdbcUrl("postgres", "postgres");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
        }
    }
}
