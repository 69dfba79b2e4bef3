package dev.taskapi.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskPatch;
import dev.taskapi.client.model.UserPatch;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** 429 and 503 are retried as Retry-After says, within bounds, and only when repeating is harmless. */
class RetriesTest extends WireMockSupport {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void aRateLimitedReadIsSentAgainAfterRetryAfterAndSucceeds() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(problem(429, "ProblemRateLimited").withHeader("Retry-After", "0"))
                .willSetStateTo("limit reset"));
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("limited").whenScenarioStateIs("limit reset")
                .willReturn(task("\"3\"")));

        var task = clientWithToken().build().tasks().get(java.util.UUID.fromString(TASK_ID));

        assertThat(task.getTitle()).isEqualTo("Write the quarterly report");
        api.verify(2, getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void theClientWaitsAsLongAsRetryAfterSays() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("down").whenScenarioStateIs(STARTED)
                .willReturn(problem(503, "ProblemUnavailable").withHeader("Retry-After", "1"))
                .willSetStateTo("up"));
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(task("\"3\"")));

        long started = System.nanoTime();
        clientWithToken().build().tasks().get(java.util.UUID.fromString(TASK_ID));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        List<LoggedRequest> attempts = api.findAll(getRequestedFor(urlPathEqualTo(TASK_PATH)));
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).getLoggedDate().toInstant(),
                attempts.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void retriesStopAfterMaxAttemptsAndTheLastAnswerIsThrown() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH))
                .willReturn(problem(503, "ProblemUnavailable").withHeader("Retry-After", "0")));

        TaskApiClient client = clientWithToken().retryPolicy(RetryPolicy.defaults().withMaxAttempts(3)).build();
        ServiceUnavailableException thrown = catchThrowableOfType(ServiceUnavailableException.class,
                () -> client.tasks().get(java.util.UUID.fromString(TASK_ID)));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown.retryAfter()).contains(Duration.ZERO);
        api.verify(3, getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void aWaitLongerThanTheBudgetIsNotWaitedButThrownAtOnce() {
        api.stubFor(get(urlPathEqualTo("/api/v1/tasks"))
                .willReturn(problem(429, "ProblemRateLimited").withHeader("Retry-After", "30")));

        TaskApiClient client = clientWithToken()
                .retryPolicy(RetryPolicy.defaults().withMaxTotalWait(Duration.ofSeconds(10))).build();
        long started = System.nanoTime();
        RateLimitedException thrown = catchThrowableOfType(RateLimitedException.class,
                () -> client.tasks().list().findFirst());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(thrown.detail()).isEqualTo("Rate limit exceeded; retry in 30 seconds.");
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/tasks")));
    }

    @Test
    void withRetriesSwitchedOffTheFirstAnswerReachesTheCaller() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH))
                .willReturn(problem(429, "ProblemRateLimited").withHeader("Retry-After", "0")));

        TaskApiClient client = clientWithToken().noRetries().build();
        RateLimitedException thrown = catchThrowableOfType(RateLimitedException.class,
                () -> client.tasks().get(java.util.UUID.fromString(TASK_ID)));

        assertThat(thrown.error()).isEqualTo("rate_limited");
        api.verify(1, getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void aCreateIsRetriedWithTheSameIdempotencyKey() {
        api.stubFor(post(urlPathEqualTo("/api/v1/tasks")).inScenario("create").whenScenarioStateIs(STARTED)
                .willReturn(problem(503, "ProblemUnavailable").withHeader("Retry-After", "0"))
                .willSetStateTo("up"));
        api.stubFor(post(urlPathEqualTo("/api/v1/tasks")).inScenario("create").whenScenarioStateIs("up")
                .willReturn(task("\"0\"").withStatus(201).withHeader("Location", TASK_PATH)));

        var created = clientWithToken().build().tasks().create(new TaskCreate().title("Write the quarterly report"));

        assertThat(created.getId()).hasToString(TASK_ID);
        List<LoggedRequest> attempts = api.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tasks")));
        assertThat(attempts).hasSize(2);
        String key = attempts.get(0).getHeader("Idempotency-Key");
        assertThat(key).matches(UUID_PATTERN);
        assertThat(attempts.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
        assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString());
    }

    @Test
    void everyLogicalCreateHasAKeyOfItsOwn() {
        api.stubFor(post(urlPathEqualTo("/api/v1/tasks"))
                .willReturn(task("\"0\"").withStatus(201).withHeader("Location", TASK_PATH)));

        TaskApiClient client = clientWithToken().build();
        client.tasks().create(new TaskCreate().title("Buy milk"));
        client.tasks().create(new TaskCreate().title("Buy milk"));
        client.tasks().create(new TaskCreate().title("Buy milk"), "order-4711");

        List<String> keys = api.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tasks"))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3).doesNotHaveDuplicates();
        assertThat(keys.get(2)).isEqualTo("order-4711");
    }

    @Test
    void anUnconditionalPatchIsNotRepeated() {
        api.stubFor(patch(urlPathEqualTo(TASK_PATH))
                .willReturn(problem(503, "ProblemUnavailable").withHeader("Retry-After", "0")));

        TaskApiClient client = clientWithToken().build();
        catchThrowableOfType(ServiceUnavailableException.class, () -> client.tasks()
                .patch(java.util.UUID.fromString(TASK_ID), new TaskPatch().completed(true), null));

        api.verify(1, patchRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void aConditionalPatchIsRepeatedWithItsIfMatch() {
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).inScenario("patch").whenScenarioStateIs(STARTED)
                .willReturn(problem(429, "ProblemRateLimited").withHeader("Retry-After", "0"))
                .willSetStateTo("ok"));
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).inScenario("patch").whenScenarioStateIs("ok")
                .willReturn(task("\"4\"", Map.of("completed", true))));

        Versioned<?> patched = clientWithToken().build().tasks()
                .patch(java.util.UUID.fromString(TASK_ID), new TaskPatch().completed(true), "\"3\"");

        assertThat(patched.etag()).isEqualTo("\"4\"");
        api.verify(2, patchRequestedFor(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"3\"")));
    }

    @Test
    void aChangeOfTheAccountIsNotRepeated() {
        api.stubFor(patch(urlPathEqualTo("/api/v1/users/me"))
                .willReturn(problem(429, "ProblemRateLimited").withHeader("Retry-After", "0")));

        TaskApiClient client = clientWithToken().build();
        catchThrowableOfType(RateLimitedException.class,
                () -> client.users().updateMe(new UserPatch().displayName("Ada King")));

        api.verify(1, patchRequestedFor(urlPathEqualTo("/api/v1/users/me"))
                .withHeader("Authorization", matching("Bearer .+")));
    }
}
