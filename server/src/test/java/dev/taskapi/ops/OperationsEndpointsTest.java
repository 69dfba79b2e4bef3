package dev.taskapi.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.health.Dependency;
import dev.taskapi.health.DependencyProbe;
import dev.taskapi.health.ProbeResult;
import dev.taskapi.testsupport.LiveServer;
import dev.taskapi.testsupport.TestEnvironment;
import dev.taskapi.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see on the API's own port: the health with an optional dependency that hangs (here a
 * Redis probe that never answers), the probes, and the metrics, which only an admin may read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taskapi.health.timeout=300ms")
@ContextConfiguration(initializers = TestEnvironment.class)
class OperationsEndpointsTest {

    private static final CountDownLatch NEVER_BEFORE_THE_END = new CountDownLatch(1);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    /** In place of the rate limiter's Redis probe. */
    @TestBean(name = "redisProbe", methodName = "hangingRedis")
    DependencyProbe redis;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void releaseTheHangingProbe() {
        NEVER_BEFORE_THE_END.countDown();
    }

    @Test
    void aHangingOptionalDependencyDegradesTheHealthButCannotHangIt() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> health = get("/api/v1/health", null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        LiveServer.assertMatchesSpec(health);
        assertThat(took).isLessThan(Duration.ofMillis(1500));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("degraded");
        assertThat(JsonPath.<String>read(health.body(), "$.services.redis.status")).isEqualTo("down");
        assertThat(JsonPath.<String>read(health.body(), "$.services.redis.detail")).isEqualTo("timed out");
        assertThat(JsonPath.<String>read(health.body(), "$.services.database.status")).isEqualTo("up");
        assertThat(JsonPath.<String>read(health.body(), "$.services.identity_provider.status")).isEqualTo("up");
        // Degraded still serves: ready and alive.
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedTheAdminRoleAndCarryLatencyHistogramsAndPoolGauges() throws Exception {
        String subject = "operator-" + java.util.UUID.randomUUID();
        String token = TestTokens.bearer(TestTokens.forSubject(subject));
        assertThat(get("/api/v1/tasks", token).statusCode()).isEqualTo(200);

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", token).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", token).statusCode()).isEqualTo(403);

        jdbc.update("UPDATE users SET roles = '{admin}' WHERE subject = ?", subject);
        HttpResponse<String> scrape = get("/actuator/prometheus", token);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*application=\"taskapi\"[^}]*"
                        + "status=\"200\"[^}]*uri=\"/api/v1/tasks\"[^}]*}")
                .containsPattern("hikaricp_connections_active\\{[^}]*pool=\"taskapi\"[^}]*}")
                .contains("hikaricp_connections_timeout_total");
    }

    private HttpResponse<String> get(String path, @Nullable String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static DependencyProbe hangingRedis() {
        return new DependencyProbe() {
            @Override
            public Dependency dependency() {
                return Dependency.REDIS;
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public ProbeResult check() throws InterruptedException {
                NEVER_BEFORE_THE_END.await();
                return ProbeResult.up();
            }
        };
    }
}
