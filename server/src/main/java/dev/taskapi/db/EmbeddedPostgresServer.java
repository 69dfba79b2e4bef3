package dev.taskapi.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL behind the zero-configuration default. Its data directory is kept between runs,
 * so what a user stores survives a restart of the server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(DatabaseProperties.Embedded settings) {
        try {
            Files.createDirectories(settings.dataDir());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDir())
                    .setCleanDataDirectory(false)
                    .setPort(settings.port())
                    .start();
            log.info("Embedded PostgreSQL is listening on port {} with its data in {}", postgres.getPort(),
                    settings.dataDir());
            return new EmbeddedPostgresServer(postgres);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + settings.dataDir(), ex);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
