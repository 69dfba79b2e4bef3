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

    private static final String UNREACHABLE_QUOTA = "1000000";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("taskapi-test", properties()));
    }

    public static Map<String, Object> properties() {
        try {
            return Map.ofEntries(
                    Map.entry("taskapi.database.url", SharedPostgres.url()),
                    Map.entry("taskapi.data-dir", Files.createTempDirectory("taskapi-test-data").toString()),
                    Map.entry("taskapi.auth.jwt.secret", TestTokens.SECRET),
                    Map.entry("taskapi.auth.jwt.issuer", TestTokens.ISSUER),
                    Map.entry("taskapi.service.environment", "test"),
                    // The host check on, as in production: what tests call, and what EdgeHeadersTest tries.
                    Map.entry("taskapi.http.allowed-hosts", "localhost,127.0.0.1,*.taskapi.test,api.taskapi.dev:8443"),
                    Map.entry("taskapi.auth.admins.subjects", TestTokens.ADMIN_SUBJECT),
                    // Cheaper password hashing keeps the suite fast; production uses OWASP's settings.
                    Map.entry("taskapi.auth.built-in.argon2-memory-kib", "1024"),
                    Map.entry("taskapi.auth.built-in.argon2-iterations", "1"),
                    // Every test's requests come from one address: limits stay on (their headers are
                    // checked against the spec on every response) but out of reach. The rate-limit
                    // tests restore the real quotas.
                    Map.entry("taskapi.rate-limit.free.requests", UNREACHABLE_QUOTA),
                    Map.entry("taskapi.rate-limit.pro.requests", UNREACHABLE_QUOTA),
                    Map.entry("taskapi.rate-limit.anonymous.requests", UNREACHABLE_QUOTA),
                    Map.entry("taskapi.rate-limit.credentials.requests", UNREACHABLE_QUOTA));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
