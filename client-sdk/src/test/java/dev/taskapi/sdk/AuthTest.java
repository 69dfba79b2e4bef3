package dev.taskapi.sdk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.taskapi.client.model.TokenPair;
import dev.taskapi.client.model.User;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Sign-in with the built-in identity provider: lazily, refreshed before expiry and on a 401, always with the
 * newest refresh token (they rotate), once for all threads; and bearer tokens from an external provider.
 */
class AuthTest extends WireMockSupport {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String REFRESH = "/api/v1/auth/refresh";
    private static final String ME = "/api/v1/users/me";
    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "correct horse battery staple";

    private final MutableClock clock = new MutableClock();
    private final List<TokenPair> issued = new CopyOnWriteArrayList<>();

    /** The spec's TokenPair example, with tokens numbered so each request shows which one it carried. */
    private static ResponseDefinitionBuilder tokenPair(int n) {
        return json(200, SpecExamples.json("TokenPair", Map.of(
                "access_token", accessToken(n),
                "refresh_token", refreshToken(n))))
                .withHeader("Cache-Control", "no-store");
    }

    private static String accessToken(int n) {
        return "eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiI2ZjFjMmQzZSIsIm4iOi" + n + "J9.c2lnbmF0dXJl";
    }

    private static String refreshToken(int n) {
        return "q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9t" + n;
    }

    private static String refreshBody(int n) {
        return "{\"refresh_token\": \"" + refreshToken(n) + "\"}";
    }

    private TaskApiClient signedInClient() {
        return TaskApiClient.builder().baseUrl(baseUrl()).credentials(EMAIL, PASSWORD)
                .clock(clock).onTokens(issued::add).build();
    }

    private static void stubMe() {
        api.stubFor(get(urlPathEqualTo(ME)).willReturn(json(200, SpecExamples.json("User"))));
    }

    @Test
    void signsInOnTheFirstRequestThatNeedsIt() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        stubMe();

        TaskApiClient client = signedInClient();
        api.verify(0, anyRequestedFor(anyUrl()));
        User me = client.users().me();

        assertThat(me.getEmail()).isEqualTo(EMAIL);
        api.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"email\": \"ada@example.com\", \"password\": \"correct horse battery staple\"}")));
        api.verify(1, getRequestedFor(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(1))));
        assertThat(issued).extracting(TokenPair::getRefreshToken).containsExactly(refreshToken(1));
    }

    @Test
    void refreshesBeforeExpiryAndAlwaysWithTheNewestRefreshToken() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(1))).willReturn(tokenPair(2)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(2))).willReturn(tokenPair(3)));
        stubMe();
        TaskApiClient client = signedInClient();

        client.users().me();
        clock.advance(Duration.ofSeconds(800)); // expires_in is 900: still well before expiry
        client.users().me();
        clock.advance(Duration.ofSeconds(60)); // 860 s: within the last minute, renewed ahead of time
        client.users().me();
        clock.advance(Duration.ofSeconds(900));
        client.users().me();

        api.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
        api.verify(2, postRequestedFor(urlPathEqualTo(REFRESH)));
        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(1))));
        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(2))));
        List<String> sent = api.findAll(getRequestedFor(urlPathEqualTo(ME))).stream()
                .map(request -> request.getHeader("Authorization")).toList();
        assertThat(sent).containsExactly("Bearer " + accessToken(1), "Bearer " + accessToken(1),
                "Bearer " + accessToken(2), "Bearer " + accessToken(3));
        assertThat(issued).extracting(TokenPair::getRefreshToken)
                .containsExactly(refreshToken(1), refreshToken(2), refreshToken(3));
    }

    @Test
    void a401RefreshesOnceAndSendsTheRequestAgain() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(1))).willReturn(tokenPair(2)));
        // The first token was revoked on the server (say, by a logout-all on another device).
        api.stubFor(get(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(1)))
                .willReturn(problem(401, "ProblemUnauthorized").withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        api.stubFor(get(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(2)))
                .willReturn(json(200, SpecExamples.json("User"))));

        User me = signedInClient().users().me();

        assertThat(me.getDisplayName()).isEqualTo("Ada Lovelace");
        api.verify(2, getRequestedFor(urlPathEqualTo(ME)));
        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    }

    @Test
    void a401AfterTheRefreshReachesTheCaller() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(tokenPair(2)));
        api.stubFor(get(urlPathEqualTo(ME)).willReturn(problem(401, "ProblemUnauthorized")));

        UnauthorizedException thrown = catchThrowableOfType(UnauthorizedException.class,
                () -> signedInClient().users().me());

        assertThat(thrown.instance()).isEqualTo("/api/v1/tasks");
        api.verify(2, getRequestedFor(urlPathEqualTo(ME)));
        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
    }

    @Test
    void aRefreshTokenNoLongerAcceptedMeansSigningInAgain() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).willReturn(problem(401, "ProblemUnauthorized")));
        stubMe();
        TaskApiClient client = signedInClient();

        client.users().me();
        clock.advance(Duration.ofHours(1));
        client.users().me();

        api.verify(2, postRequestedFor(urlPathEqualTo(LOGIN)));
        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
        api.verify(2, getRequestedFor(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(1))));
    }

    @Test
    void wrongCredentialsAreUnauthorizedWithoutARetry() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(problem(401, "ProblemInvalidCredentials")));

        UnauthorizedException thrown = catchThrowableOfType(UnauthorizedException.class,
                () -> signedInClient().auth().signIn());

        assertThat(thrown.error()).isEqualTo("invalid_credentials");
        assertThat(thrown.detail()).isEqualTo("The email or the password is wrong.");
        api.verify(1, postRequestedFor(urlPathEqualTo(LOGIN)));
    }

    @Test
    void threadsThatFindTheTokenExpiredRefreshItOnceTogether() throws Exception {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(1)))
                .willReturn(tokenPair(2).withFixedDelay(200)));
        stubMe();
        TaskApiClient client = signedInClient();
        client.users().me();
        clock.advance(Duration.ofHours(1));

        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<User>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<User> call = () -> {
                    start.await();
                    return client.users().me();
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            for (Future<User> call : calls) {
                assertThat(call.get().getEmail()).isEqualTo(EMAIL);
            }
        }
        finally {
            pool.shutdownNow();
        }

        api.verify(1, postRequestedFor(urlPathEqualTo(REFRESH)));
        api.verify(threads, getRequestedFor(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(2))));
    }

    @Test
    void aSessionResumesFromAStoredRefreshToken() {
        api.stubFor(post(urlPathEqualTo(REFRESH)).withRequestBody(equalToJson(refreshBody(7))).willReturn(tokenPair(8)));
        stubMe();

        TaskApiClient.builder().baseUrl(baseUrl()).refreshToken(refreshToken(7)).onTokens(issued::add).build()
                .users().me();

        api.verify(0, postRequestedFor(urlPathEqualTo(LOGIN)));
        api.verify(getRequestedFor(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer " + accessToken(8))));
        assertThat(issued).extracting(TokenPair::getRefreshToken).containsExactly(refreshToken(8));
    }

    @Test
    void logoutRevokesTheNewestRefreshTokenAndTheNextRequestSignsInAgain() {
        api.stubFor(post(urlPathEqualTo(LOGIN)).willReturn(tokenPair(1)));
        api.stubFor(post(urlPathEqualTo("/api/v1/auth/logout")).willReturn(aResponse().withStatus(204)));
        stubMe();
        TaskApiClient client = signedInClient();

        client.users().me();
        client.auth().logout();
        client.users().me();

        api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/logout")).withRequestBody(equalToJson(refreshBody(1))));
        api.verify(2, postRequestedFor(urlPathEqualTo(LOGIN)));
    }

    @Test
    void aTokenProviderIsAskedForEveryRequestAndA401IsNotRetried() {
        AtomicInteger asked = new AtomicInteger();
        TaskApiClient client = TaskApiClient.builder().baseUrl(baseUrl())
                .tokenProvider(() -> "external-" + asked.incrementAndGet()).build();
        api.stubFor(get(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer external-1"))
                .willReturn(json(200, SpecExamples.json("User"))));
        api.stubFor(get(urlPathEqualTo(ME)).withHeader("Authorization", equalTo("Bearer external-2"))
                .willReturn(problem(401, "ProblemUnauthorized")));

        client.users().me();
        catchThrowableOfType(UnauthorizedException.class, () -> client.users().me());

        assertThat(asked).hasValue(2);
        api.verify(2, getRequestedFor(urlPathEqualTo(ME)));
        api.verify(0, postRequestedFor(urlPathEqualTo(REFRESH)));
    }

    @Test
    void withoutAnyIdentityOnlyPublicOperationsWork() {
        api.stubFor(get(urlPathEqualTo("/api/v1/health")).willReturn(json(200, SpecExamples.json("HealthHealthy"))));
        api.stubFor(get(urlPathEqualTo(ME)).withHeader("Authorization", absent())
                .willReturn(problem(401, "ProblemUnauthorized")));
        TaskApiClient anonymous = TaskApiClient.builder().baseUrl(baseUrl()).build();

        assertThat(anonymous.health().getStatus()).hasToString("healthy");
        catchThrowableOfType(UnauthorizedException.class, () -> anonymous.users().me());
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> anonymous.auth().logout()))
                .hasMessageContaining("credentials");
    }
}
