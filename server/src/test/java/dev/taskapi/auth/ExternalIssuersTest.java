package dev.taskapi.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.TestSigningKey;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tokens from external identity providers, verified with real keys made here and published from a real
 * JWKS endpoint (WireMock), next to the shared-secret issuer and the built-in one.
 */
class ExternalIssuersTest extends ApiTestSupport {

    private static final WireMockServer provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    private static final String RSA_ISSUER = "https://rsa.idp.test";
    private static final String EC_ISSUER = "https://ec.idp.test";
    private static final String OUTAGE_ISSUER = "https://outage.idp.test";
    private static final String COLD_ISSUER = "https://cold.idp.test";
    private static final String FLOOD_ISSUER = "https://flood.idp.test";
    private static final String AUDIENCE = "taskapi-api";
    private static final String BETTER_AUTH_SECRET = "better-auth-secret-of-at-least-thirty-two-bytes!";
    private static final Duration COOLDOWN = Duration.ofSeconds(1);

    private static final TestSigningKey rsa = TestSigningKey.rsa();
    private static final TestSigningKey ec = TestSigningKey.ec();
    private static final TestSigningKey ed = TestSigningKey.ed25519();
    private static final TestSigningKey outage = TestSigningKey.rsa();
    private static final TestSigningKey flood = TestSigningKey.rsa();

    static {
        provider.start();
        serve("/rsa/jwks.json", TestSigningKey.jwks(rsa));
        serve("/ec/jwks.json", TestSigningKey.jwks(ec));
        serve("/better-auth/api/auth/jwks", TestSigningKey.jwks(ed));
        serve("/outage/jwks.json", TestSigningKey.jwks(outage));
        serve("/flood/jwks.json", TestSigningKey.jwks(flood));
        provider.stubFor(get("/cold/jwks.json").willReturn(aResponse().withStatus(500)));
    }

    @DynamicPropertySource
    static void issuers(DynamicPropertyRegistry registry) {
        // Keys are fetched again on every use after the cooldown, so outages and rotations show quickly.
        registry.add("taskapi.auth.jwks.ttl", () -> "0s");
        registry.add("taskapi.auth.jwks.refetch-cooldown", () -> COOLDOWN.toMillis() + "ms");
        registry.add("taskapi.auth.better-auth.url", () -> provider.baseUrl() + "/better-auth");
        registry.add("taskapi.auth.better-auth.secret", () -> BETTER_AUTH_SECRET);
        registry.add("taskapi.auth.better-auth.user-id-claim", () -> "userId");
        external(registry, 0, "rsa", RSA_ISSUER, "/rsa/jwks.json", "RS256");
        registry.add("taskapi.auth.issuers[0].audience", () -> AUDIENCE);
        external(registry, 1, "ec", EC_ISSUER, "/ec/jwks.json", "ES256");
        external(registry, 2, "outage", OUTAGE_ISSUER, "/outage/jwks.json", "RS256");
        external(registry, 3, "cold", COLD_ISSUER, "/cold/jwks.json", "RS256");
        external(registry, 4, "flood", FLOOD_ISSUER, "/flood/jwks.json", "RS256");
    }

    private static void external(DynamicPropertyRegistry registry, int index, String name, String issuer,
                                 String path, String algorithm) {
        String prefix = "taskapi.auth.issuers[" + index + "].";
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "issuer", () -> issuer);
        registry.add(prefix + "jwks-uri", () -> provider.baseUrl() + path);
        registry.add(prefix + "algorithms", () -> algorithm);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @Test
    void everyKindOfIssuerIsAcceptedAtTheSameTime() throws Exception {
        String betterAuthUrl = provider.baseUrl() + "/better-auth";
        record Case(String token, String issuer) {
        }
        List<Case> cases = List.of(
                new Case(rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE)), RSA_ISSUER),
                new Case(ec.sign(EC_ISSUER, claims -> { }), EC_ISSUER),
                new Case(ed.sign(betterAuthUrl, claims -> claims.claim("userId", "ba-" + UUID.randomUUID())),
                        betterAuthUrl),
                new Case(hs256(BETTER_AUTH_SECRET, betterAuthUrl, claims -> claims.claim("userId", "ba-" + UUID.randomUUID())),
                        betterAuthUrl),
                new Case(TestTokens.forNewUser(), TestTokens.ISSUER),
                new Case(registerAndGetAccessToken(), "taskapi"));
        for (Case each : cases) {
            me(each.token()).andExpect(status().isOk()).andExpect(jsonPath("$.issuer").value(each.issuer()));
        }
    }

    @Test
    void theUserIdComesFromTheClaimTheIssuerIsConfiguredWith() throws Exception {
        String betterAuthUrl = provider.baseUrl() + "/better-auth";
        String userId = "ba-" + UUID.randomUUID();
        me(ed.sign(betterAuthUrl, claims -> claims.subject("not-the-user-id").claim("userId", userId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(userId));
        refused(ed.sign(betterAuthUrl, claims -> claims.subject("only-sub")));
    }

    @Test
    void unsignedTokensAreRefused() throws Exception {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"" + TestTokens.ISSUER + "\",\"sub\":\"mallory\",\"exp\":"
                + Instant.now().plusSeconds(300).getEpochSecond() + "}");
        refused(header + "." + payload + ".");
    }

    @Test
    void aPublicKeyUsedAsAnHmacSecretIsRefused() throws Exception {
        // The attacker knows the published public key and signs HS256 with it, hoping we verify with it.
        String publicKeyAsSecret = Base64.getEncoder().encodeToString(rsa.publicJwk().toRSAKey().toPublicKey().getEncoded());
        refused(hs256(publicKeyAsSecret, RSA_ISSUER, claims -> claims.audience(AUDIENCE)));
        refused(hs256(publicKeyAsSecret, TestTokens.ISSUER, claims -> { }));
    }

    @Test
    void anUnknownIssuerIsRefused() throws Exception {
        refused(rsa.sign("https://evil.idp.test", claims -> claims.audience(AUDIENCE)));
    }

    @Test
    void aWrongOrMissingAudienceIsRefused() throws Exception {
        refused(rsa.sign(RSA_ISSUER, claims -> claims.audience("another-api")));
        refused(rsa.sign(RSA_ISSUER, claims -> { }));
    }

    @Test
    void expiryAndNotBeforeAreCheckedWithTheClockSkew() throws Exception {
        Instant now = Instant.now();
        refused(rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE)
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.minusSeconds(120)))));
        refused(rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE)
                .notBeforeTime(Date.from(now.plusSeconds(120)))));
        // Within the 60 s skew, a clock that is a little off is forgiven.
        me(rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE)
                .issueTime(Date.from(now.minusSeconds(300))).expirationTime(Date.from(now.minusSeconds(20)))))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        refused(rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE).expirationTime(null)));
        refused(TestTokens.sign(claims -> claims.expirationTime(null)));
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = rsa.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE).subject("alice")).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"alice\"", "\"admin\"");
        refused(parts[0] + "." + base64(payload) + "." + parts[2]);
    }

    @Test
    void aKeyThatIsNotInTheJwksIsRefused() throws Exception {
        TestSigningKey stranger = TestSigningKey.rsa();
        refused(stranger.sign(RSA_ISSUER, claims -> claims.audience(AUDIENCE)));
        // The same key id as a published key does not help a key that is not the published one.
        refused(stranger.sign(RSA_ISSUER, rsa.kid(), claims -> claims.audience(AUDIENCE)));
    }

    @Test
    void aKeyRotationAtTheProviderIsPickedUpWithoutARestart() throws Exception {
        TestSigningKey next = TestSigningKey.ec();
        me(ec.sign(EC_ISSUER, claims -> { })).andExpect(status().isOk());
        serve("/ec/jwks.json", TestSigningKey.jwks(ec, next));
        String token = next.sign(EC_ISSUER, claims -> { });
        // The first try may fall inside the refetch cooldown; within a few cooldowns it must work.
        assertThat(eventually(() -> statusOf(me(token)), 200)).isEqualTo(200);
        me(ec.sign(EC_ISSUER, claims -> { })).andExpect(status().isOk());
    }

    @Test
    void aFloodOfUnknownKeyIdsCostsTheProviderAtMostOneFetchPerCooldown() throws Exception {
        me(flood.sign(FLOOD_ISSUER, claims -> { })).andExpect(status().isOk());
        int before = fetches("/flood/jwks.json");
        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            refused(flood.sign(FLOOD_ISSUER, "random-" + UUID.randomUUID(), claims -> { }));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        int fetched = fetches("/flood/jwks.json") - before;
        assertThat(fetched).as("JWKS fetches for 50 unknown key ids in " + elapsed.toMillis() + " ms")
                .isLessThanOrEqualTo((int) (elapsed.toMillis() / COOLDOWN.toMillis()) + 1);
    }

    @Test
    void withTheProviderDownAWarmCacheStillAcceptsItsTokens() throws Exception {
        me(outage.sign(OUTAGE_ISSUER, claims -> { })).andExpect(status().isOk());
        provider.stubFor(get("/outage/jwks.json").willReturn(aResponse().withStatus(503)));
        int before = fetches("/outage/jwks.json");
        // Keep calling until the server has tried (and failed) to fetch the keys again; every call must pass.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fetches("/outage/jwks.json") == before && System.nanoTime() < deadline) {
            me(outage.sign(OUTAGE_ISSUER, claims -> { })).andExpect(status().isOk());
        }
        assertThat(fetches("/outage/jwks.json")).as("a failed refetch happened").isGreaterThan(before);
        me(outage.sign(OUTAGE_ISSUER, claims -> { })).andExpect(status().isOk());
    }

    @Test
    void withTheProviderDownAColdCacheAnswers503NotUnauthorized() throws Exception {
        TestSigningKey cold = TestSigningKey.rsa();
        me(cold.sign(COLD_ISSUER, claims -> { }))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("service_unavailable"));
    }

    @Test
    void anUnreachableProviderMakesTheServiceDegradedNotDown() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("degraded"))
                .andExpect(jsonPath("$.services.identity_provider.status").value("down"))
                .andExpect(jsonPath("$.services.identity_provider.detail").value(containsString("cold")));
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/users/me")
                .header("Authorization", "Bearer " + token));
    }

    private void refused(String token) throws Exception {
        me(token).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("invalid_token"))
                .andExpect(jsonPath("$.status").value(401));
    }

    private String registerAndGetAccessToken() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + UUID.randomUUID() + "@example.com\",\"password\":\"long enough password\"}"))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.tokens.access_token");
    }

    private static int statusOf(ResultActions result) {
        return result.andReturn().getResponse().getStatus();
    }

    /** Polls {@code attempt} until it answers {@code wanted} or a deadline of five cooldowns passes. */
    private static int eventually(ThrowingSupplier<Integer> attempt, int wanted) throws Exception {
        long deadline = System.nanoTime() + COOLDOWN.multipliedBy(5).toNanos();
        int last;
        do {
            last = attempt.get();
        } while (last != wanted && System.nanoTime() < deadline);
        return last;
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    private static int fetches(String path) {
        return provider.countRequestsMatching(getRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    private static void serve(String path, String jwks) {
        provider.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(jwks)));
    }

    private static String hs256(String secret, String issuer, java.util.function.Consumer<JWTClaimsSet.Builder> customizer) {
        return TestTokens.sign(secret, claims -> {
            claims.issuer(issuer);
            customizer.accept(claims);
        });
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
