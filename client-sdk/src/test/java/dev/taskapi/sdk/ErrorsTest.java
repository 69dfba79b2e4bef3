package dev.taskapi.sdk;

import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.taskapi.client.model.ErrorCode;
import dev.taskapi.client.model.FieldError;
import dev.taskapi.client.model.RegisterRequest;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskReplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every error answer becomes the exception a caller would catch, carrying the problem details intact. */
class ErrorsTest extends WireMockSupport {

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of(400, "ProblemMalformedJson", BadRequestException.class, ErrorCode.MALFORMED_JSON),
                Arguments.of(401, "ProblemUnauthorized", UnauthorizedException.class, ErrorCode.INVALID_TOKEN),
                Arguments.of(403, "ProblemForbidden", ForbiddenException.class, ErrorCode.FORBIDDEN),
                Arguments.of(404, "ProblemNotFound", NotFoundException.class, ErrorCode.NOT_FOUND),
                Arguments.of(409, "ProblemIdempotencyConflict", IdempotencyConflictException.class,
                        ErrorCode.IDEMPOTENCY_CONFLICT),
                Arguments.of(409, "ProblemEmailTaken", ConflictException.class, ErrorCode.EMAIL_TAKEN),
                Arguments.of(412, "ProblemPreconditionFailed", PreconditionFailedException.class,
                        ErrorCode.PRECONDITION_FAILED),
                Arguments.of(413, "ProblemPayloadTooLarge", TaskApiException.class, ErrorCode.PAYLOAD_TOO_LARGE),
                Arguments.of(415, "ProblemUnsupportedMediaType", TaskApiException.class,
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of(422, "ProblemValidationFailed", ValidationException.class, ErrorCode.VALIDATION_FAILED),
                Arguments.of(429, "ProblemRateLimited", RateLimitedException.class, ErrorCode.RATE_LIMITED),
                Arguments.of(500, "ProblemInternal", ServerErrorException.class, ErrorCode.INTERNAL_ERROR),
                Arguments.of(503, "ProblemUnavailable", ServiceUnavailableException.class,
                        ErrorCode.SERVICE_UNAVAILABLE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("problems")
    void eachProblemBecomesItsExceptionWithEveryMember(int status, String example,
                                                         Class<? extends TaskApiException> expected, ErrorCode code) {
        Map<String, Object> problem = SpecExamples.example(example);
        api.stubFor(any(urlPathEqualTo(TASK_PATH)).willReturn(problem(status, example)));

        TaskApiException thrown = catchThrowableOfType(TaskApiException.class,
                () -> clientWithToken().noRetries().build().tasks().get(UUID.fromString(TASK_ID)));

        assertThat(thrown).isExactlyInstanceOf(expected);
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.type()).isEqualTo(problem.get("type"));
        assertThat(thrown.title()).isEqualTo(problem.get("title"));
        assertThat(thrown.detail()).isEqualTo(problem.get("detail"));
        assertThat(thrown.instance()).isEqualTo(problem.get("instance"));
        assertThat(thrown.error()).isEqualTo(problem.get("error"));
        assertThat(thrown.errorCode()).contains(code);
        assertThat(thrown.problemMessage()).isEqualTo(problem.get("message"));
        assertThat(thrown.requestId()).isEqualTo(problem.get("request_id"));
        assertThat(thrown.getMessage()).isEqualTo(status + " " + problem.get("title") + ": " + problem.get("detail")
                + " (request " + problem.get("request_id") + ")");
    }

    @Test
    void aValidationFailureNamesEachFieldAndRule() {
        api.stubFor(post(urlPathEqualTo("/api/v1/tasks")).willReturn(problem(422, "ProblemValidationFailed")));

        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> clientWithToken().build().tasks().create(new TaskCreate().title("x".repeat(501))));

        assertThat(thrown.errors()).extracting(FieldError::getField, FieldError::getCode, FieldError::getMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "too_long", "size must be between 1 and 500"),
                        org.assertj.core.groups.Tuple.tuple("user_id", "unknown_property", "unknown property"));
    }

    @Test
    void theTestsRunWithAPlatformCharsetThatIsNotUtf8() {
        // Else the two tests below would pass whatever charset the client decodes with.
        assertThat(Charset.defaultCharset()).isNotEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void nonAsciiTextInATaskArrivesIntact() {
        String title = "Überprüfung der Zahlen — 季度报告 ✓";
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(task("\"3\"", Map.of("title", title))));

        Task task = clientWithToken().build().tasks().get(UUID.fromString(TASK_ID));

        assertThat(task.getTitle()).isEqualTo(title);
    }

    @Test
    void nonAsciiTextInAProblemArrivesIntact() {
        String detail = "Die Aufgabe „Überprüfung“ hat sich geändert — 请重新获取。";
        api.stubFor(put(urlPathEqualTo(TASK_PATH)).willReturn(problem(412, "ProblemPreconditionFailed",
                Map.of("detail", detail, "message", detail))));

        PreconditionFailedException thrown = catchThrowableOfType(PreconditionFailedException.class,
                () -> clientWithToken().build().tasks().replace(UUID.fromString(TASK_ID),
                        new TaskReplace().title("Überprüfung").completed(true), "\"2\""));

        assertThat(thrown.detail()).isEqualTo(detail);
        assertThat(thrown.problemMessage()).isEqualTo(detail);
        assertThat(thrown.getMessage()).contains(detail);
    }

    @Test
    void anAnswerThatIsNotAProblemStillGivesItsStatusAndBody() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

        ServerErrorException thrown = catchThrowableOfType(ServerErrorException.class,
                () -> clientWithToken().build().tasks().get(UUID.fromString(TASK_ID)));

        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.body()).contains("Bad gateway");
        assertThat(thrown.detail()).isNull();
        assertThat(thrown.requestId()).isNull();
    }

    @Test
    void anUnknownErrorCodeIsKeptAsText() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(problem(404, "ProblemNotFound",
                Map.of("error", "task_archived"))));

        NotFoundException thrown = catchThrowableOfType(NotFoundException.class,
                () -> clientWithToken().build().tasks().get(UUID.fromString(TASK_ID)));

        assertThat(thrown.error()).isEqualTo("task_archived");
        assertThat(thrown.errorCode()).isEmpty();
    }

    @Test
    void findAnswersEmptyForAMissingTask() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(problem(404, "ProblemNotFound")));

        assertThat(clientWithToken().build().tasks().find(UUID.fromString(TASK_ID))).isEmpty();
    }

    @Test
    void aRegistrationWithATakenEmailIsAConflict() {
        api.stubFor(post(urlPathEqualTo("/api/v1/auth/register")).willReturn(problem(409, "ProblemEmailTaken")));

        ConflictException thrown = catchThrowableOfType(ConflictException.class,
                () -> TaskApiClient.builder().baseUrl(baseUrl()).build().auth().register(new RegisterRequest()
                        .email("ada@example.com").password("correct horse battery staple")));

        assertThat(thrown).isNotInstanceOf(IdempotencyConflictException.class);
        assertThat(thrown.errorCode()).contains(ErrorCode.EMAIL_TAKEN);
    }

    @Test
    void noAnswerWithinTheRequestTimeoutIsATransportFailure() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(task("\"3\"").withFixedDelay(2_000)));

        TaskApiTransportException thrown = catchThrowableOfType(TaskApiTransportException.class,
                () -> clientWithToken().requestTimeout(Duration.ofMillis(200)).build()
                        .tasks().get(UUID.fromString(TASK_ID)));

        assertThat(thrown.status()).isZero();
        assertThat(thrown).hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void noServerIsATransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TaskApiClient client = TaskApiClient.builder().baseUrl("http://localhost:" + closedPort)
                .tokenProvider(() -> "token").build();

        TaskApiTransportException thrown = catchThrowableOfType(TaskApiTransportException.class,
                () -> client.tasks().get(UUID.fromString(TASK_ID)));

        assertThat(thrown.status()).isZero();
        assertThat(thrown.getCause()).isInstanceOf(java.io.IOException.class);
    }
}
