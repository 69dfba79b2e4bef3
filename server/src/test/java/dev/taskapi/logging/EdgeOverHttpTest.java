package dev.taskapi.logging;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.taskapi.testsupport.LiveServer;
import dev.taskapi.testsupport.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge over real HTTP, through Tomcat: JSON logs with one access line per request, a chunked body over
 * the limit, HTTPS behind a trusted proxy, and Tomcat's own limits. Debug logging is on for Spring Security and
 * Spring Web here, to show that even then no token or password reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "taskapi.logging.format=json",
        // The test client stands in for a TLS-terminating proxy beside the server.
        "taskapi.client-address.trusted-proxies=127.0.0.1",
        "logging.level.org.springframework.security=debug",
        "logging.level.org.springframework.web=debug",
        "logging.level.dev.taskapi=debug"})
@ContextConfiguration(initializers = TestEnvironment.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class EdgeOverHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @AfterAll
    static void quietAgain() {
        LoggingSystem logging = LoggingSystem.get(EdgeOverHttpTest.class.getClassLoader());
        for (String name : List.of("org.springframework.security", "org.springframework.web", "dev.taskapi")) {
            logging.setLogLevel(name, null);
        }
    }

    @Test
    void logsAreJsonWithOneAccessLineAndNoSecret(CapturedOutput output) throws Exception {
        String email = "log-" + UUID.randomUUID() + "@example.com";
        String password = "never-in-a-log-" + UUID.randomUUID();
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        assertThat(send(post("/api/v1/auth/register", credentials).header("X-Request-ID", "log-register"))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> login = send(post("/api/v1/auth/login", credentials).header("X-Request-ID", "log-login"));
        assertThat(login.statusCode()).isEqualTo(200);
        JsonNode tokens = JSON.readTree(login.body());
        String accessToken = tokens.get("access_token").asString();
        String refreshToken = tokens.get("refresh_token").asString();

        HttpResponse<String> me = send(request("/api/v1/users/me").header("Authorization", "Bearer " + accessToken)
                .header("X-Request-ID", "log-me").GET());
        assertThat(me.statusCode()).isEqualTo(200);
        String userId = JSON.readTree(me.body()).get("id").asString();
        assertThat(send(request("/api/v1/tasks/" + UUID.randomUUID()).header("Authorization", "Bearer " + accessToken)
                .header("X-Request-ID", "log-task").GET()).statusCode()).isEqualTo(404);

        List<JsonNode> lines = jsonLines(output);
        JsonNode access = accessLine(lines, "log-me");
        assertThat(access.get("method").asString()).isEqualTo("GET");
        assertThat(access.get("route").asString()).isEqualTo("/api/v1/users/me");
        assertThat(access.get("status").asInt()).isEqualTo(200);
        assertThat(access.get("duration_ms").isIntegralNumber()).isTrue();
        assertThat(access.get("duration_ms").asLong()).isBetween(0L, 10_000L);
        assertThat(access.get("user_id").asString()).isEqualTo(userId);
        assertThat(access.get("client_address").asString()).isEqualTo("127.0.0.1");
        assertThat(access.get("level").asString()).isEqualTo("INFO");

        JsonNode task = accessLine(lines, "log-task");
        assertThat(task.get("route").asString()).as("the template, not the id").isEqualTo("/api/v1/tasks/{task_id}");
        assertThat(task.get("status").asInt()).isEqualTo(404);
        assertThat(accessLine(lines, "log-login").has("user_id")).as("not authenticated").isFalse();

        // Every line written while serving a request carries its id: on its thread, the lines after the
        // previous access line up to its own.
        for (String id : List.of("log-register", "log-login", "log-me", "log-task")) {
            List<JsonNode> ofRequest = linesOfRequest(lines, id);
            assertThat(ofRequest).as(id).hasSizeGreaterThan(1)
                    .allSatisfy(line -> assertThat(line.path("request_id").asString(null)).isEqualTo(id));
        }

        String everything = output.getAll();
        assertThat(everything).doesNotContain(password, accessToken, refreshToken, "Bearer ey");
        // The token's signature alone would do as well as the token.
        assertThat(everything).doesNotContain(accessToken.substring(accessToken.lastIndexOf('.') + 1));
    }

    @Test
    void aChunkedBodyOverTheLimitIsCountedAndRefusedWith413(CapturedOutput output) throws Exception {
        String token = register();
        byte[] body = new byte[1024 * 1024 + 64 * 1024];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        HttpResponse<String> response = send(request("/api/v1/tasks")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("X-Request-ID", "log-chunked")
                // A stream of unknown length goes out chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("payload_too_large");
        LiveServer.assertMatchesSpec(response);
        assertThat(accessLine(jsonLines(output), "log-chunked").get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aLoggedExceptionShowsItsCauseChainWithoutStackFrames(CapturedOutput output) {
        // As a library logs what it caught: the line names every exception, and where it was thrown stays out.
        LoggerFactory.getLogger("some.library").warn("Connection marked as broken",
                new IllegalStateException("outer", new java.io.IOException("inner")));
        JsonNode line = jsonLines(output).stream()
                .filter(json -> "some.library".equals(json.path("logger_name").asString(null)))
                .findFirst().orElseThrow();
        String exceptions = line.get("stack_trace").asString();
        assertThat(exceptions).contains("java.lang.IllegalStateException: outer")
                .contains("Caused by: java.io.IOException: inner")
                .doesNotContain("\tat ", "EdgeOverHttpTest");
    }

    @Test
    void strictTransportSecurityBehindATrustedTlsProxy() throws Exception {
        HttpResponse<String> viaProxy = send(request("/health").header("X-Forwarded-Proto", "https").GET());
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(viaProxy.headers().allValues("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");

        HttpResponse<String> plain = send(request("/health").GET());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void tomcatsOwnRefusalsAreProblemsToo() throws Exception {
        // A header section larger than Tomcat reads (8 KiB): refused before any filter runs.
        HttpResponse<String> response = send(request("/api/v1/tasks").header("X-Padding", "x".repeat(16 * 1024)).GET());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("error").asString()).isEqualTo("bad_request");
        assertThat(problem.get("request_id").asString()).isNotBlank();
        LiveServer.assertMatchesSpec(response);
    }

    private String register() throws Exception {
        String credentials = "{\"email\":\"chunk-" + UUID.randomUUID() + "@example.com\",\"password\":\"long enough password\"}";
        HttpResponse<String> response = send(post("/api/v1/auth/register", credentials));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("tokens").get("access_token").asString();
    }

    private static List<JsonNode> linesOfRequest(List<JsonNode> lines, String requestId) {
        JsonNode access = accessLine(lines, requestId);
        String thread = access.get("thread_name").asString();
        List<JsonNode> ofRequest = new ArrayList<>();
        for (JsonNode line : lines) {
            if (!thread.equals(line.path("thread_name").asString(null))) {
                continue;
            }
            if (line == access) {
                ofRequest.add(line);
                return ofRequest;
            }
            if ("taskapi.access".equals(line.path("logger_name").asString(null))) {
                ofRequest.clear();
            }
            else {
                ofRequest.add(line);
            }
        }
        throw new AssertionError("no access line for " + requestId);
    }

    private static JsonNode accessLine(List<JsonNode> lines, String requestId) {
        List<JsonNode> access = lines.stream()
                .filter(line -> "taskapi.access".equals(line.path("logger_name").asString(null)))
                .filter(line -> requestId.equals(line.path("request_id").asString(null)))
                .toList();
        assertThat(access).as("access lines of " + requestId).hasSize(1);
        return access.get(0);
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private HttpRequest.Builder post(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(15));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
