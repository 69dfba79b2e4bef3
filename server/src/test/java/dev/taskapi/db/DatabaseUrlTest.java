package dev.taskapi.db;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void readsTheUrlHostedProvidersHandOut() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgresql://app%40prod:s3cr%3At@ep-cool-1.eu-central-1.aws.neon.tech:5433/tasks?sslmode=require");
        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://ep-cool-1.eu-central-1.aws.neon.tech:5433/tasks?sslmode=require");
        assertThat(url.username()).isEqualTo("app@prod");
        assertThat(url.password()).isEqualTo("s3cr:t");
    }

    @Test
    void acceptsThePostgresSchemeAndJdbcUrlsAsTheyAre() {
        assertThat(DatabaseUrl.parse("postgres://u@db/tasks").jdbcUrl()).isEqualTo("jdbc:postgresql://db/tasks");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/tasks?user=u").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/tasks?user=u");
    }

    @Test
    void neverPrintsCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://user:hunter2@db/tasks?password=hunter2");
        assertThat(url.toString()).doesNotContain("hunter2").isEqualTo("jdbc:postgresql://db/tasks");
    }

    @Test
    void refusesWhatIsNotAPostgresUrlWithASentenceNamingTheSetting() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://db/tasks"))
                .hasMessageStartingWith("DATABASE_URL must start with");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://db"))
                .hasMessageContaining("DATABASE_URL must name a host and a database");
    }
}
