package dev.taskapi.config;

import java.nio.file.Path;

import dev.taskapi.TaskApiApplication;
import dev.taskapi.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A setting the server cannot work with stops it at startup with one sentence that names the setting as
 * the operator set it, and says what is expected: no stack trace, and never the value (it may be a secret).
 */
@ExtendWith(OutputCaptureExtension.class)
class BadConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void aMalformedDatabaseUrl(CapturedOutput output) {
        startWith("--DATABASE_URL=postgresql://app:hunter2@db.example.com");

        assertReported(output, "DATABASE_URL must name a host and a database (postgresql://host/db).",
                "Fix DATABASE_URL");
        assertThat(output.getAll()).doesNotContain("hunter2");
    }

    @Test
    void aWeakTokenSecret(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--TASKAPI_JWT_SECRET=too-short-secret");

        assertReported(output, "TASKAPI_JWT_SECRET must be at least 32 bytes (256 bits); it has 16.",
                "Fix TASKAPI_JWT_SECRET");
        assertThat(output.getAll()).doesNotContain("too-short-secret");
    }

    @Test
    void aValueThatIsNotADuration(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--TASKAPI_JWT_CLOCK_SKEW=a-minute");

        assertReported(output, "TASKAPI_JWT_CLOCK_SKEW must be a duration such as 500ms, 60s or 5m.",
                "Fix TASKAPI_JWT_CLOCK_SKEW");
    }

    @Test
    void aNumberOutOfRange(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--TASKAPI_EMBEDDED_DB_PORT=70000");

        assertReported(output, "TASKAPI_EMBEDDED_DB_PORT must be less than or equal to 65535.",
                "Fix TASKAPI_EMBEDDED_DB_PORT");
    }

    @Test
    void aPoolSizeThatIsNotANumber(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--TASKAPI_DB_POOL_SIZE=plenty");

        assertReported(output, "TASKAPI_DB_POOL_SIZE must be a whole number.", "Fix TASKAPI_DB_POOL_SIZE");
    }

    @Test
    void aMalformedRedisUrl(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--REDIS_URL=redis://:hunter2@cache .internal:6379");

        assertReported(output, "REDIS_URL must be a Redis URL such as redis://localhost:6379", "Fix REDIS_URL");
        assertThat(output.getAll()).doesNotContain("hunter2");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddress(CapturedOutput output) {
        startWith("--DATABASE_URL=" + SharedPostgres.url(), "--TRUSTED_PROXIES=10.0.0.0/8,lb.internal");

        assertReported(output, "TRUSTED_PROXIES must be a comma-separated list of addresses or CIDR ranges",
                "Fix TRUSTED_PROXIES");
    }

    private void startWith(String... settings) {
        String[] args = new String[settings.length + 2];
        System.arraycopy(settings, 0, args, 0, settings.length);
        args[settings.length] = "--TASKAPI_DATA_DIR=" + dataDir;
        args[settings.length + 1] = "--PORT=0";
        assertThatThrownBy(() -> new SpringApplicationBuilder(TaskApiApplication.class).run(args))
                .as("startup fails").isInstanceOf(RuntimeException.class);
    }

    private static void assertReported(CapturedOutput output, String sentence, String action) {
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains(sentence)
                .contains(action)
                .doesNotContain("\tat ")
                .doesNotContain("Caused by:");
    }
}
