package dev.taskapi.db;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.LiveServer;
import dev.taskapi.testsupport.RestartablePostgres;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under a running server and comes back: a PostgreSQL of this test's own, stopped
 * and started again at the same port, and the whole server over real HTTP. While it is away every
 * request is a quick 503 the client can retry, the health and readiness say so, and nothing that was
 * acknowledged is lost; when it is back the same process serves again without a restart.
 */
class DatabaseOutageTest {

    private static final Duration QUICK_503 = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(5);

    private static RestartablePostgres postgres;
    private static LiveServer server;

    @BeforeAll
    static void startServerOnItsOwnDatabase() {
        postgres = RestartablePostgres.start();
        server = LiveServer.start(Map.of("taskapi.database.url", postgres.jdbcUrl()));
    }

    @AfterEach
    void databaseRunsAgain() {
        postgres.ensureRunning();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownEveryRequestIsAQuick503AndTheServerRecoversByItself() {
        String alice = TestTokens.bearer(TestTokens.forNewUser());
        assertThat(server.post("/api/v1/tasks", "{\"title\": \"Written before the outage\"}", alice).statusCode())
                .isEqualTo(201);
        assertHealth(200, "healthy", "up");
        assertProbe("readiness", 200);
        assertProbe("liveness", 200);

        postgres.stop();

        String newcomer = TestTokens.bearer(TestTokens.forNewUser());
        List<Supplier<HttpResponse<String>>> requests = List.of(
                () -> server.get("/api/v1/tasks", alice),
                () -> server.post("/api/v1/tasks", "{\"title\": \"Written during the outage\"}", alice),
                () -> server.get("/api/v1/users/me", alice),
                // A caller seen for the first time: the user row is created in the security filter.
                () -> server.get("/api/v1/tasks", newcomer));
        for (Supplier<HttpResponse<String>> request : requests) {
            long started = System.nanoTime();
            HttpResponse<String> response = request.get();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Database down: %s %s answered %d in %d ms%n", response.request().method(),
                    response.uri().getPath(), response.statusCode(), took.toMillis());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(JsonPath.<String>read(response.body(), "$.error")).isEqualTo("service_unavailable");
            assertThat(took).isLessThan(QUICK_503);
        }
        assertHealth(503, "unhealthy", "down");
        assertProbe("readiness", 503);
        assertProbe("liveness", 200);

        postgres.restart();
        long restarted = System.nanoTime();

        HttpResponse<String> back = await().atMost(RECOVERY).pollInterval(Duration.ofMillis(50))
                .until(() -> server.get("/api/v1/tasks", alice), response -> response.statusCode() == 200);
        System.out.printf("Database back: the first request served %d ms after PostgreSQL accepted connections%n",
                Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        assertThat(JsonPath.<List<String>>read(back.body(), "$.items[*].title"))
                .containsExactly("Written before the outage");
        assertHealth(200, "healthy", "up");
        assertProbe("readiness", 200);
        assertProbe("liveness", 200);
    }

    @Test
    void underWriteLoadAcrossAnOutageEveryAcknowledgedTaskIsStoredAndNoRefusedOneIs() throws Exception {
        String run = "load-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String prefix = run + writer + "-";
            String token = TestTokens.bearer(TestTokens.forNewUser());
            running.add(pool.submit(() -> {
                // Bounded in count as well as by the test's own deadlines.
                for (int n = 0; n < 2_000 && !stop.get(); n++) {
                    String title = prefix + n;
                    int status;
                    try {
                        status = server.post("/api/v1/tasks", "{\"title\": \"" + title + "\"}", token).statusCode();
                    }
                    catch (RuntimeException ex) {
                        status = -1;
                    }
                    outcomes.put(title, status);
                }
            }));
        }
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> count(outcomes, 201) >= 20);
            postgres.stop();
            await().atMost(Duration.ofSeconds(20)).until(() -> count(outcomes, 503) >= 12);
            postgres.restart();
            long acknowledgedBefore = count(outcomes, 201);
            await().atMost(Duration.ofSeconds(20)).until(() -> count(outcomes, 201) >= acknowledgedBefore + 20);
        }
        finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> writer : running) {
            writer.get();
        }

        Set<String> acknowledged = titlesWith(outcomes, 201);
        Set<String> refused = titlesWith(outcomes, 503);
        Set<String> stored = storedTitles(run);
        System.out.printf("Write load across an outage: %d requests, %d acknowledged, %d refused with 503, "
                + "%d stored%n", outcomes.size(), acknowledged.size(), refused.size(), stored.size());

        assertThat(acknowledged.size() + refused.size()).as("every request answered 201 or 503")
                .isEqualTo(outcomes.size());
        assertThat(refused).isNotEmpty();
        assertThat(stored).as("stored tasks are exactly the acknowledged ones")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(stored).as("no refused task was stored").doesNotContainAnyElementsOf(refused);
    }

    private static void assertHealth(int status, String verdict, String database) {
        for (String path : List.of("/api/v1/health", "/health")) {
            HttpResponse<String> health = server.get(path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(status);
            assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo(verdict);
            assertThat(JsonPath.<String>read(health.body(), "$.services.database.status")).isEqualTo(database);
        }
    }

    private static void assertProbe(String probe, int status) {
        assertThat(server.get("/actuator/health/" + probe, null).statusCode()).as(probe).isEqualTo(status);
    }

    private static long count(Map<String, Integer> outcomes, int status) {
        return outcomes.values().stream().filter(value -> value == status).count();
    }

    private static Set<String> titlesWith(Map<String, Integer> outcomes, int status) {
        Set<String> titles = new HashSet<>();
        outcomes.forEach((title, value) -> {
            if (value == status) {
                titles.add(title);
            }
        });
        return titles;
    }

    private static Set<String> storedTitles(String prefix) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection connection = postgres.connect();
             PreparedStatement query = connection.prepareStatement("SELECT title FROM tasks WHERE title LIKE ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    titles.add(rows.getString(1));
                }
            }
        }
        return titles;
    }
}
