package dev.taskapi.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.taskapi.testsupport.TestEnvironment;
import dev.taskapi.testsupport.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MANAGEMENT_PORT} set, the actuator moves to that port, open to the cluster's network with no
 * token (Prometheus, probes), and is gone from the API's port, even for an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
@ContextConfiguration(initializers = TestEnvironment.class)
class ManagementPortTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int apiPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theActuatorLivesOnlyOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(apiPort);
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("hikaricp_connections_active");
        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        String subject = "admin-" + java.util.UUID.randomUUID();
        String admin = TestTokens.bearer(TestTokens.forSubject(subject));
        assertThat(get(apiPort, "/api/v1/tasks", admin).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE users SET roles = '{admin}' WHERE subject = ?", subject);
        assertThat(get(apiPort, "/actuator/prometheus", admin).statusCode()).isEqualTo(404);
        assertThat(get(apiPort, "/health", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path, @Nullable String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
