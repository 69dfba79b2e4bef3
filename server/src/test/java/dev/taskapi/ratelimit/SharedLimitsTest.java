package dev.taskapi.ratelimit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.Caller;
import dev.taskapi.testsupport.EmbeddedRedis;
import dev.taskapi.testsupport.LiveServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two instances on their own ports over one PostgreSQL and one real Redis, spoken to over HTTP: one
 * limit for both; and when Redis dies, every request is still answered (in-memory limits, health
 * degraded), and when it returns the counters are shared again. This test stops its own redis-server.
 */
class SharedLimitsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String KEY_PREFIX = "taskapi-test:" + UUID.randomUUID() + ":";

    private static EmbeddedRedis redis;
    private static LiveServer first;
    private static LiveServer second;

    @BeforeAll
    static void startRedisAndTwoInstances() {
        redis = EmbeddedRedis.start();
        Map<String, Object> settings = new HashMap<>();
        settings.put("taskapi.rate-limit.free.requests", "100");
        settings.put("taskapi.rate-limit.anonymous.requests", "60");
        settings.put("taskapi.rate-limit.redis.url", redis.url());
        settings.put("taskapi.rate-limit.redis.key-prefix", KEY_PREFIX);
        first = LiveServer.start(settings);
        second = LiveServer.start(settings);
    }

    @AfterAll
    static void stopEverything() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void bothInstancesUseRedis() {
        awaitRedis("up", null);
    }

    @Test
    void twoInstancesEnforceOneLimit() {
        Caller caller = Caller.newUser();
        String id = alternateUntilSpent(caller);
        assertThat(first.get("/api/v1/users/me", caller.authorization()).statusCode()).isEqualTo(429);
        HttpResponse<String> refused = second.get("/api/v1/tasks", caller.authorization());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(header(refused, "Retry-After"))).isBetween(3500L, 3600L);
        assertThat(redisHas("free:" + id)).isTrue();
    }

    @Test
    void whenRedisDiesRequestsGoOnWithLimitsInMemoryAndShareAgainWhenItReturns() {
        Caller before = Caller.newUser();
        for (int request = 1; request <= 10; request++) {
            assertThat(first.get("/api/v1/tasks", before.authorization()).statusCode()).isEqualTo(200);
        }

        long killed = System.nanoTime();
        redis.stop();
        long slowest = awaitRedis("down", before);
        long degradedAfter = System.nanoTime() - killed;

        // Each instance limits on its own now: exactly, and without waiting for Redis.
        Caller during = Caller.newUser();
        for (int request = 1; request <= 100; request++) {
            long sent = System.nanoTime();
            HttpResponse<String> response = first.get("/api/v1/tasks", during.authorization());
            slowest = Math.max(slowest, System.nanoTime() - sent);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(100 - request));
        }
        assertThat(first.get("/api/v1/tasks", during.authorization()).statusCode()).isEqualTo(429);
        assertThat(header(second.get("/api/v1/tasks", during.authorization()), "X-RateLimit-Remaining"))
                .isEqualTo("99");
        assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));

        long restarted = System.nanoTime();
        redis.restart();
        awaitRedis("up", before);
        long recoveredAfter = System.nanoTime() - restarted;

        // Shared again: the new Redis holds the counters, and both instances count down one quota.
        Caller after = Caller.newUser();
        String id = alternateUntilSpent(after);
        assertThat(second.get("/api/v1/tasks", after.authorization()).statusCode()).isEqualTo(429);
        assertThat(redisHas("free:" + id)).isTrue();

        System.out.printf("Redis outage: health degraded %d ms after the kill, slowest request %d ms,"
                        + " shared again %d ms after the restart%n", degradedAfter / 1_000_000, slowest / 1_000_000,
                recoveredAfter / 1_000_000);
    }

    /**
     * Polls both instances' health until Redis is reported {@code state}; meanwhile (when a caller is given)
     * keeps sending it requests, each of which must be answered 200 or an honest 429. Answers the slowest.
     */
    private static long awaitRedis(String state, Caller caller) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        long slowest = 0;
        while (true) {
            boolean reached = true;
            for (LiveServer server : new LiveServer[] {first, second}) {
                if (caller != null) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = server.get("/api/v1/tasks", caller.authorization());
                    slowest = Math.max(slowest, System.nanoTime() - sent);
                    assertThat(response.statusCode()).as("every request answered while Redis is %s", state)
                            .isIn(200, 429);
                }
                HttpResponse<String> health = server.get("/api/v1/health", null);
                assertThat(health.statusCode()).isEqualTo(200);
                String redisState = JsonPath.read(health.body(), "$.services.redis.status");
                String overall = JsonPath.read(health.body(), "$.status");
                reached &= redisState.equals(state) && overall.equals(state.equals("up") ? "healthy" : "degraded");
            }
            if (reached) {
                return slowest;
            }
            if (System.nanoTime() - deadline > 0) {
                fail("Redis was not reported %s by both instances within %s", state, DEADLINE);
            }
            pause();
        }
    }

    private static boolean redisHas(String key) {
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().exists(KEY_PREFIX + key) == 1;
        }
        finally {
            client.shutdown();
        }
    }

    /** A free user's whole quota, alternating between the instances, counted down as one; answers its id. */
    private static String alternateUntilSpent(Caller caller) {
        String id = null;
        for (int request = 1; request <= 100; request++) {
            HttpResponse<String> response = (request % 2 == 0 ? second : first).get("/api/v1/users/me",
                    caller.authorization());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(100 - request));
            id = JsonPath.read(response.body(), "$.id");
        }
        return id;
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
