package dev.taskapi.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import dev.taskapi.testsupport.LiveServer;
import dev.taskapi.testsupport.SharedPostgres;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the server while it works: the requests it accepted finish and are stored, new ones are
 * refused with a 503 the client can act on (not a hang), and the pool closes with nothing left open.
 */
class GracefulShutdownTest {

    @Test
    void requestsInFlightFinishNewOnesAre503AndThePoolClosesCleanly() throws Exception {
        String applicationName = "shutdown-test-" + UUID.randomUUID().toString().substring(0, 8);
        String databaseUrl = SharedPostgres.url() + (SharedPostgres.url().contains("?") ? "&" : "?")
                + "ApplicationName=" + applicationName;
        LiveServer server = LiveServer.start(Map.of("taskapi.database.url", databaseUrl));
        HikariDataSource pool = server.context().getBean(HikariDataSource.class);
        String watcher = TestTokens.bearer(TestTokens.forNewUser());
        assertThat(server.get("/api/v1/tasks", watcher).statusCode()).isEqualTo(200);

        // Three requests in flight: their bodies are half sent, so the server is working on them.
        List<String> subjects = new ArrayList<>();
        List<HeldRequest> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String subject = "in-flight-" + UUID.randomUUID();
            subjects.add(subject);
            inFlight.add(HeldRequest.begin(server.port(), TestTokens.bearer(TestTokens.forSubject(subject)),
                    "{\"title\": \"Accepted before the shutdown " + i + "\"}"));
        }
        // The server has started on each: the security filter has created its caller.
        await().atMost(Duration.ofSeconds(10)).until(() -> usersCreated(subjects) == subjects.size());

        long closeStarted = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);

        HttpResponse<String> refused = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> server.get("/api/v1/tasks", watcher), response -> response.statusCode() != 200);
        System.out.printf("Shutdown: a new request was refused %d ms after close() began%n",
                Duration.ofNanos(System.nanoTime() - closeStarted).toMillis());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JsonPath.<String>read(refused.body(), "$.error")).isEqualTo("service_unavailable");
        // The load balancer's view while the instance drains.
        HttpResponse<String> health = server.get("/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("unhealthy");
        assertThat(JsonPath.<String>read(health.body(), "$.services.database.status")).isEqualTo("up");
        assertThat(server.get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
        assertThat(closing).as("the shutdown waits for the requests in flight").isNotDone();

        for (HeldRequest request : inFlight) {
            assertThat(request.finish()).as("status of a request accepted before the shutdown").isEqualTo(201);
        }
        closing.get(30, TimeUnit.SECONDS);
        System.out.printf("Shutdown: complete %d ms after close() began%n",
                Duration.ofNanos(System.nanoTime() - closeStarted).toMillis());

        assertThat(tasksStoredFor(subjects)).isEqualTo(subjects.size());
        assertThat(pool.isClosed()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> openConnections(applicationName) == 0);
        assertThatThrownBy(() -> new Socket("localhost", server.port()).close())
                .as("nothing listens any more").isInstanceOf(ConnectException.class);
    }

    private static int usersCreated(List<String> subjects) throws Exception {
        return count("SELECT count(*) FROM users WHERE subject = ANY (?)", subjects);
    }

    private static int tasksStoredFor(List<String> subjects) throws Exception {
        return count("SELECT count(*) FROM tasks t JOIN users u ON u.id = t.user_id "
                + "WHERE u.subject = ANY (?) AND t.title LIKE 'Accepted before the shutdown %'", subjects);
    }

    private static int openConnections(String applicationName) throws Exception {
        return count("SELECT count(*) FROM pg_stat_activity WHERE application_name = ANY (?)",
                List.of(applicationName));
    }

    private static int count(String sql, List<String> values) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", values.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String jdbcUrl() {
        return dev.taskapi.db.DatabaseUrl.parse(SharedPostgres.url()).jdbcUrl();
    }

    /** A POST whose body is sent in two halves, so it stays in flight until the test lets it finish. */
    private static final class HeldRequest {

        private final Socket socket;
        private final byte[] body;

        private HeldRequest(Socket socket, byte[] body) {
            this.socket = socket;
            this.body = body;
        }

        static HeldRequest begin(int port, String authorization, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/tasks HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            return new HeldRequest(socket, body);
        }

        /** Sends the rest of the body and answers the response's status code. */
        int finish() throws IOException {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String statusLine = in.readLine();
                return Integer.parseInt(statusLine.split(" ")[1]);
            }
        }
    }
}
