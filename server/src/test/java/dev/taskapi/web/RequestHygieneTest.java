package dev.taskapi.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the server refuses before an operation runs: a body too large (413), a content type the operation
 * does not read (415), a body that is not JSON (400), a host the deployment does not serve (400). Every one is
 * a problem of the one shape (ApiTestSupport checks each answer against the spec).
 */
class RequestHygieneTest extends ApiTestSupport {

    private static final Caller CALLER = Caller.newUser();
    /** Can call every operation, the administrators' included. */
    private static final Caller ADMIN = new Caller(TestTokens.ADMIN_SUBJECT,
            TestTokens.bearer(TestTokens.forSubject(TestTokens.ADMIN_SUBJECT)));
    private static final int ONE_MIB = 1024 * 1024;

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String task = CALLER.createTask(mvc, "limits");
        byte[] tooLarge = jsonOfSize(ONE_MIB + 1);
        problem(mvc.perform(CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                .content(tooLarge)), 413, "payload_too_large")
                .andExpect(jsonPath("$.detail").value("The request body is larger than 1048576 bytes."));
        problem(mvc.perform(CALLER.authorize(patch("/api/v1/tasks/" + task))
                .contentType("application/merge-patch+json").content(tooLarge)), 413, "payload_too_large");
        // Before authentication: a caller without a token cannot make the server read a large body either.
        problem(mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(tooLarge)),
                413, "payload_too_large");
    }

    @Test
    void aBodyOnAnOperationThatTakesNoneIsIgnoredWhateverItsSize() throws Exception {
        String task = CALLER.createTask(mvc, "read with a body");
        mvc.perform(CALLER.authorize(get("/api/v1/tasks/" + task)).contentType(MediaType.APPLICATION_JSON)
                        .content(jsonOfSize(ONE_MIB + 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("read with a body"));
    }

    @Test
    void aBodyAtTheLimitIsRead() throws Exception {
        // Exactly 1 MiB of JSON: read, and refused for what it says (a title too long), not for its size.
        problem(mvc.perform(CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                .content(jsonOfSize(ONE_MIB))), 422, "validation_failed");
    }

    static Stream<Arguments> operationsWithABody() {
        return SpecOperations.all().stream().filter(operation -> !operation.bodyContentTypes().isEmpty())
                .map(operation -> Arguments.of(operation));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithABody")
    void everyOperationWithABodyRefusesOtherContentTypes(SpecOperations operation) throws Exception {
        for (String other : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            problem(mvc.perform(ADMIN.authorize(request(HttpMethod.valueOf(operation.method()), operation.path()))
                    .contentType(other).content("title=x")), 415, "unsupported_media_type");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithABody")
    void everyOperationWithABodyReadsTheContentTypesTheSpecNames(SpecOperations operation) throws Exception {
        for (String declared : operation.bodyContentTypes()) {
            int status = mvc.perform(ADMIN.authorize(request(HttpMethod.valueOf(operation.method()), operation.path()))
                    .contentType(declared).content("{")).andReturn().getResponse().getStatus();
            // Read as JSON and found malformed: the content type itself was accepted.
            assertThat(status).as(declared).isEqualTo(400);
        }
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        problem(mvc.perform(CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": ")), 400, "malformed_json");
    }

    @Test
    void aHostTheDeploymentDoesNotServeIs400OnEveryOperation() throws Exception {
        for (SpecOperations operation : SpecOperations.all()) {
            problem(mvc.perform(CALLER.authorize(request(HttpMethod.valueOf(operation.method()), operation.path()))
                    .header("Host", "evil.example")), 400, "bad_request")
                    .andExpect(jsonPath("$.detail").value("This server does not serve the host the request names."))
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("evil.example"))));
        }
    }

    @Test
    void hostsAreMatchedByNameWildcardAndPort() throws Exception {
        // Allowed in the tests: localhost, 127.0.0.1, *.taskapi.test, api.taskapi.dev:8443.
        for (String host : new String[] {"localhost", "localhost:8080", "127.0.0.1:8080", "eu.taskapi.test",
                "a.b.taskapi.test:443", "API.TASKAPI.DEV:8443"}) {
            assertThat(mvc.perform(get("/health").header("Host", host)).andReturn().getResponse().getStatus())
                    .as(host).isEqualTo(200);
        }
        for (String host : new String[] {"taskapi.test", "evil-taskapi.test", "api.taskapi.dev",
                "api.taskapi.dev:9999", "localhost.evil.example", "10.0.0.7"}) {
            problem(mvc.perform(get("/health").header("Host", host)), 400, "bad_request");
        }
    }

    private static ResultActions problem(ResultActions result, int status, String error) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.error").value(error))
                .andExpect(jsonPath("$.request_id").isString());
    }

    /** {@code {"title":"xxx..."}}, exactly {@code size} bytes. */
    private static byte[] jsonOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }
}
