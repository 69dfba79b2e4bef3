package dev.taskapi.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import dev.taskapi.testsupport.SharedRedis;
import dev.taskapi.testsupport.TestEnvironment;
import dev.taskapi.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The product's quotas (free 100/hour, pro 1000/hour, anonymous 60/hour, credentials 5/minute) with the
 * counters in a real Redis, through the whole server. Every response is checked against the spec.
 */
@ContextConfiguration(initializers = RateLimitTest.ProductQuotas.class, inheritInitializers = false)
class RateLimitTest extends ApiTestSupport {

    private static final String ADMIN = TestTokens.bearer(TestTokens.forSubject(TestTokens.ADMIN_SUBJECT));
    private static final Pattern RATE_LIMIT = Pattern.compile("\"([a-z]+)\";r=(\\d+);t=(\\d+)");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MeterRegistry meters;

    /** The real quotas, Redis, and two trusted proxy ranges, over the shared test environment. */
    static class ProductQuotas implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new TestEnvironment().initialize(context);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("product-quotas", Map.of(
                    "taskapi.rate-limit.free.requests", "100",
                    "taskapi.rate-limit.pro.requests", "1000",
                    "taskapi.rate-limit.anonymous.requests", "60",
                    "taskapi.rate-limit.credentials.requests", "5",
                    "taskapi.rate-limit.redis.url", SharedRedis.url(),
                    // Counters of earlier runs (a REDIS_URL that outlives the test JVM) stay out of the way.
                    "taskapi.rate-limit.redis.key-prefix", "taskapi-test:" + UUID.randomUUID() + ":",
                    "taskapi.client-address.trusted-proxies", "203.0.113.0/24, 2001:db8:ffff::/48")));
        }
    }

    /** Counters in Redis from the first request on: the server connects to it in the background. */
    @BeforeEach
    void redisIsConnected() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!"up".equals(json(mvc.perform(get("/api/v1/health")).andReturn(), "$.services.redis.status"))) {
            assertThat(System.nanoTime() - deadline).as("Redis connected within 20 s").isNegative();
            Thread.sleep(50);
        }
    }

    @Test
    void theHundredAndFirstRequestOfAFreeUserInTheHourIsRefusedWithExactHeaders() throws Exception {
        Caller caller = Caller.newUser();
        double rejectedBefore = rejections("free");
        long firstSent = System.currentTimeMillis();
        long reset = 0;
        for (int request = 1; request <= 100; request++) {
            long sent = System.currentTimeMillis();
            MvcResult result = mvc.perform(caller.authorize(get("/api/v1/users/me"))).andReturn();
            long received = System.currentTimeMillis();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            long remaining = 100 - request;
            assertThat(header(result, "X-RateLimit-Limit")).isEqualTo("100");
            assertThat(header(result, "X-RateLimit-Remaining")).isEqualTo(Long.toString(remaining));
            assertThat(header(result, "RateLimit-Policy")).isEqualTo("\"free\";q=100;w=3600");
            long thisReset = Long.parseLong(header(result, "X-RateLimit-Reset"));
            if (request == 1) {
                // The window starts with the first request and ends an hour later, rounded up to a second.
                assertThat(thisReset).isBetween(ceilSeconds(firstSent + 3_600_000), ceilSeconds(received + 3_600_000));
                reset = thisReset;
            }
            // One window: the same reset for every request in it.
            assertThat(thisReset).isEqualTo(reset);
            Matcher rateLimit = rateLimit(result);
            assertThat(rateLimit.group(1)).isEqualTo("free");
            assertThat(rateLimit.group(2)).isEqualTo(Long.toString(remaining));
            assertThat(Long.parseLong(rateLimit.group(3))).isBetween(reset - ceilSeconds(received) - 1,
                    Math.min(3600, reset - sent / 1000));
        }

        long sent = System.currentTimeMillis();
        MvcResult refused = mvc.perform(caller.authorize(get("/api/v1/users/me"))).andReturn();
        long received = System.currentTimeMillis();
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(header(refused, "Retry-After"));
        // Seconds until the window ends, rounded up: never early.
        assertThat(retryAfter).isBetween(reset - ceilSeconds(received) - 1, reset - sent / 1000);
        assertThat(retryAfter).isGreaterThan(3500);
        assertThat(header(refused, "X-RateLimit-Limit")).isEqualTo("100");
        assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(header(refused, "X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
        assertThat(header(refused, "RateLimit-Policy")).isEqualTo("\"free\";q=100;w=3600");
        assertThat(rateLimit(refused).group(2)).isEqualTo("0");
        assertThat(json(refused, "$.error")).isEqualTo("rate_limited");
        assertThat(json(refused, "$.status")).isEqualTo(429);
        assertThat(json(refused, "$.type")).isEqualTo("https://taskapi.dev/problems/rate-limited");
        assertThat(json(refused, "$.message")).isEqualTo("Rate limit exceeded; retry in " + retryAfter + " seconds.");
        assertThat(rejections("free")).isEqualTo(rejectedBefore + 1);

        // Still refused, still counted; the health check is never limited.
        assertThat(mvc.perform(caller.authorize(get("/api/v1/tasks"))).andReturn().getResponse().getStatus())
                .isEqualTo(429);
        MvcResult health = mvc.perform(caller.authorize(get("/api/v1/health"))).andReturn();
        assertThat(health.getResponse().getStatus()).isEqualTo(200);
        assertThat(health.getResponse().getHeader("X-RateLimit-Limit")).isNull();
    }

    @Test
    void freeAndProUsersHaveTheirOwnQuotasAndATierChangeAppliesOnTheNextRequest() throws Exception {
        Caller free = Caller.newUser();
        Caller pro = Caller.newUser();
        String proId = idOf(pro);
        mvc.perform(patch("/api/v1/admin/users/" + proId).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tier\":\"pro\"}")).andReturn();

        MvcResult upgraded = mvc.perform(pro.authorize(get("/api/v1/users/me"))).andReturn();
        assertThat(json(upgraded, "$.tier")).isEqualTo("pro");
        assertThat(header(upgraded, "X-RateLimit-Limit")).isEqualTo("1000");
        assertThat(header(upgraded, "X-RateLimit-Remaining")).isEqualTo("999");
        assertThat(header(upgraded, "RateLimit-Policy")).isEqualTo("\"pro\";q=1000;w=3600");

        String freeId = idOf(free);
        for (int request = 2; request <= 100; request++) {
            assertThat(status(mvc.perform(free.authorize(get("/api/v1/tasks"))).andReturn())).isEqualTo(200);
        }
        assertThat(status(mvc.perform(free.authorize(get("/api/v1/tasks"))).andReturn())).isEqualTo(429);
        // The free user's quota is spent; the pro user's is untouched by it.
        MvcResult proMeanwhile = mvc.perform(pro.authorize(get("/api/v1/tasks"))).andReturn();
        assertThat(status(proMeanwhile)).isEqualTo(200);
        assertThat(header(proMeanwhile, "X-RateLimit-Remaining")).isEqualTo("998");

        // An upgrade written straight to the database (a billing job, say) counts from the next request.
        jdbc.sql("UPDATE users SET tier = 'PRO' WHERE id = :id").param("id", UUID.fromString(freeId)).update();
        MvcResult nowPro = mvc.perform(free.authorize(get("/api/v1/tasks"))).andReturn();
        assertThat(status(nowPro)).isEqualTo(200);
        assertThat(header(nowPro, "X-RateLimit-Limit")).isEqualTo("1000");
        assertThat(header(nowPro, "X-RateLimit-Remaining")).isEqualTo("999");
        assertThat(rateLimit(nowPro).group(1)).isEqualTo("pro");

        // And back: the free quota it had used up is still used up.
        mvc.perform(patch("/api/v1/admin/users/" + freeId).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"tier\":\"free\"}")).andReturn();
        MvcResult downgraded = mvc.perform(free.authorize(get("/api/v1/tasks"))).andReturn();
        assertThat(status(downgraded)).isEqualTo(429);
        assertThat(header(downgraded, "RateLimit-Policy")).isEqualTo("\"free\";q=100;w=3600");
    }

    @Test
    void aRefusedTokenCountsAgainstTheClientAddressNeverAgainstTheUserItNames() throws Exception {
        String address = "10.20.0.1";
        Caller caller = Caller.newUser();
        assertThat(header(perform(caller.authorize(get("/api/v1/users/me")), address), "X-RateLimit-Remaining"))
                .isEqualTo("99");

        String forged = TestTokens.bearer(TestTokens.sign("another-secret-that-is-long-enough-for-hs256-000",
                claims -> claims.subject(caller.subject())));
        String expired = TestTokens.bearer(TestTokens.sign(claims -> claims.subject(caller.subject())
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))));
        MvcResult refused = perform(get("/api/v1/users/me").header("Authorization", forged), address);
        assertThat(status(refused)).isEqualTo(401);
        assertThat(header(refused, "RateLimit-Policy")).isEqualTo("\"anonymous\";q=60;w=3600");
        assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("59");
        assertThat(header(perform(get("/api/v1/tasks").header("Authorization", expired), address),
                "X-RateLimit-Remaining")).isEqualTo("58");
        // Without a token at all: the same address bucket.
        assertThat(header(perform(get("/api/v1/tasks"), address), "X-RateLimit-Remaining")).isEqualTo("57");

        // The user's own quota did not move.
        assertThat(header(perform(caller.authorize(get("/api/v1/users/me")), address), "X-RateLimit-Remaining"))
                .isEqualTo("98");

        for (int remaining = 56; remaining >= 0; remaining--) {
            assertThat(header(perform(get("/api/v1/tasks").header("Authorization", forged), address),
                    "X-RateLimit-Remaining")).isEqualTo(Integer.toString(remaining));
        }
        double rejectedBefore = rejections("anonymous");
        MvcResult flooded = perform(get("/api/v1/tasks").header("Authorization", forged), address);
        assertThat(status(flooded)).isEqualTo(429);
        assertThat(json(flooded, "$.error")).isEqualTo("rate_limited");
        assertThat(status(perform(get("/api/v1/tasks"), address))).isEqualTo(429);
        assertThat(rejections("anonymous")).isEqualTo(rejectedBefore + 2);
        // The address is spent for anonymous callers; the user behind it is not.
        assertThat(status(perform(caller.authorize(get("/api/v1/users/me")), address))).isEqualTo(200);
        // Neither health nor the signing keys are counted.
        assertThat(status(perform(get("/health"), address))).isEqualTo(200);
        assertThat(status(perform(get("/.well-known/jwks.json"), address))).isEqualTo(200);
    }

    @Test
    void xForwardedForNamesTheClientOnlyWhenATrustedProxySentIt() throws Exception {
        // From an untrusted peer the header is ignored: whatever it claims, one bucket.
        assertThat(anonymousRemaining("10.30.0.1", "198.51.100.1")).isEqualTo(59);
        assertThat(anonymousRemaining("10.30.0.1", "198.51.100.2")).isEqualTo(58);
        assertThat(anonymousRemaining("10.30.0.1", null)).isEqualTo(57);

        // From a trusted proxy it names the client: one bucket per client behind it.
        assertThat(anonymousRemaining("203.0.113.10", "198.51.100.1")).isEqualTo(59);
        assertThat(anonymousRemaining("203.0.113.10", "198.51.100.2")).isEqualTo(59);
        assertThat(anonymousRemaining("203.0.113.20", "198.51.100.1")).isEqualTo(58);
        // Read from the right, trusted hops skipped; what the client wrote itself (left) does not count.
        assertThat(anonymousRemaining("203.0.113.10", "192.0.2.99, 198.51.100.1, 203.0.113.30")).isEqualTo(57);
        assertThat(anonymousRemaining("203.0.113.10", "192.0.2.98, 198.51.100.1")).isEqualTo(56);
        // IPv6 proxies and clients, and an IPv4-mapped address is the same client as its IPv4 form.
        assertThat(anonymousRemaining("2001:db8:ffff::1", "2001:db8:1::7")).isEqualTo(59);
        assertThat(anonymousRemaining("2001:db8:ffff::2", "[2001:db8:1:0::7]:4711")).isEqualTo(58);
        assertThat(anonymousRemaining("2001:db8:ffff::1", "::ffff:198.51.100.1")).isEqualTo(55);
        // A trusted proxy that passes on garbage: counted as the proxy itself, not as nobody.
        assertThat(anonymousRemaining("203.0.113.40", "not-an-address")).isEqualTo(59);
        assertThat(anonymousRemaining("203.0.113.40", "unknown")).isEqualTo(58);
    }

    @Test
    void credentialOperationsStopGuessingAfterFiveAttemptsPerEmailAndPerAddress() throws Exception {
        // One email from five addresses: the sixth attempt is refused, from wherever it comes.
        String email = newEmail();
        for (int attempt = 1; attempt <= 5; attempt++) {
            MvcResult login = login(email, "10.40.0." + attempt);
            assertThat(status(login)).isEqualTo(401);
            assertThat(header(login, "RateLimit-Policy")).isEqualTo("\"credentials\";q=5;w=60");
            assertThat(header(login, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(5 - attempt));
        }
        double rejectedBefore = rejections("credentials");
        MvcResult sixth = login(email, "10.40.0.6");
        assertThat(status(sixth)).isEqualTo(429);
        assertThat(json(sixth, "$.error")).isEqualTo("rate_limited");
        assertThat(Long.parseLong(header(sixth, "Retry-After"))).isBetween(1L, 60L);
        assertThat(rejections("credentials")).isEqualTo(rejectedBefore + 1);
        // Upper case is the same account, so the same bucket; a password reset for it too.
        assertThat(status(login(email.toUpperCase(), "10.40.0.7"))).isEqualTo(429);
        assertThat(status(credentials("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}", "10.40.0.8")))
                .isEqualTo(429);

        // One address, a new email each time: the sixth attempt is refused too.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(status(login(newEmail(), "10.41.0.1"))).isEqualTo(401);
        }
        assertThat(status(login(newEmail(), "10.41.0.1"))).isEqualTo(429);
        // Other addresses and other emails are not affected, and the body still reaches the operation.
        String fresh = newEmail();
        assertThat(status(credentials("/api/v1/auth/register",
                "{\"email\":\"" + fresh + "\",\"password\":\"correct horse battery\"}", "10.41.0.2"))).isEqualTo(201);
        MvcResult signedIn = credentials("/api/v1/auth/login",
                "{\"email\":\"" + fresh + "\",\"password\":\"correct horse battery\"}", "10.41.0.2");
        assertThat(status(signedIn)).isEqualTo(200);
        assertThat(header(signedIn, "X-RateLimit-Remaining")).isEqualTo("3");
        // A body without a readable email counts per address only.
        assertThat(status(credentials("/api/v1/auth/login", "{\"email\": ", "10.41.0.3"))).isEqualTo(400);
        assertThat(status(credentials("/api/v1/auth/refresh", "{\"refresh_token\":\"nope\"}", "10.41.0.3")))
                .isEqualTo(401);
    }

    private int anonymousRemaining(String peer, @Nullable String forwardedFor) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/tasks");
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        MvcResult result = perform(request, peer);
        assertThat(status(result)).isEqualTo(401);
        assertThat(header(result, "RateLimit-Policy")).isEqualTo("\"anonymous\";q=60;w=3600");
        return Integer.parseInt(header(result, "X-RateLimit-Remaining"));
    }

    private MvcResult login(String email, String address) throws Exception {
        return credentials("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"wrong password\"}",
                address);
    }

    private MvcResult credentials(String path, String body, String address) throws Exception {
        return perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body), address);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String peer) throws Exception {
        return mvc.perform(request.with(sent -> {
            sent.setRemoteAddr(peer);
            return sent;
        })).andReturn();
    }

    private String idOf(Caller caller) throws Exception {
        return (String) json(mvc.perform(caller.authorize(get("/api/v1/users/me"))).andReturn(), "$.id");
    }

    private double rejections(String plan) {
        var counter = meters.find("taskapi.ratelimit.rejections").tag("plan", plan).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String newEmail() {
        return "guess-" + UUID.randomUUID() + "@example.com";
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    private static String header(MvcResult result, String name) {
        String value = result.getResponse().getHeader(name);
        assertThat(value).as(name).isNotNull();
        return value;
    }

    private static Matcher rateLimit(MvcResult result) {
        Matcher matcher = RATE_LIMIT.matcher(header(result, "RateLimit"));
        assertThat(matcher.matches()).as("RateLimit header").isTrue();
        return matcher;
    }

    private static Object json(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
    }

    private static long ceilSeconds(long epochMillis) {
        return (epochMillis + 999) / 1000;
    }
}
