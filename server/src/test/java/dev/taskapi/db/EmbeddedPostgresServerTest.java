package dev.taskapi.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run's promise: what is stored survives a restart of the server. */
class EmbeddedPostgresServerTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) throws Exception {
        DatabaseProperties.Embedded settings = new DatabaseProperties.Embedded(dataDir.resolve("postgres"), 0);
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings);
             Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
            connection.createStatement().execute("CREATE TABLE memory (note text)");
            connection.createStatement().execute("INSERT INTO memory VALUES ('still here')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(settings);
             Connection connection = DriverManager.getConnection(second.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM memory")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("note")).isEqualTo("still here");
        }
    }
}
