package dev.taskapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a server under test at the shared test database and the test token secret. Use it with
 * {@code @ContextConfiguration(initializers = TestEnvironment.class)} or
 * {@code SpringApplicationBuilder.initializers(new TestEnvironment())}.
 */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("taskapi-test", properties()));
    }

    public static Map<String, Object> properties() {
        try {
            return Map.of(
                    "taskapi.database.url", SharedPostgres.url(),
                    "taskapi.data-dir", Files.createTempDirectory("taskapi-test-data").toString(),
                    "taskapi.auth.jwt.secret", TestTokens.SECRET,
                    "taskapi.auth.jwt.issuer", TestTokens.ISSUER,
                    "taskapi.service.environment", "test",
                    // The host check on, as in production: what tests call, and what EdgeHeadersTest tries.
                    "taskapi.http.allowed-hosts", "localhost,127.0.0.1,*.taskapi.test,api.taskapi.dev:8443",
                    "taskapi.auth.admins.subjects", TestTokens.ADMIN_SUBJECT,
                    // Cheaper password hashing keeps the suite fast; production uses OWASP's settings.
                    "taskapi.auth.built-in.argon2-memory-kib", "1024",
                    "taskapi.auth.built-in.argon2-iterations", "1");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
