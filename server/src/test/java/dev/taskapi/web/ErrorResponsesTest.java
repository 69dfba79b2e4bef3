package dev.taskapi.web;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Stream;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of client error, whoever detects it (Spring Security's filters, Jackson, bean validation,
 * the services), comes back as problem+json of one shape, with the request id the response carries.
 */
class ErrorResponsesTest extends ApiTestSupport {

    private static final Caller CALLER = Caller.newUser();
    private static final String TASKS = "/api/v1/tasks";

    static Stream<Arguments> clientErrors() {
        return Stream.of(
                error("no token", get(TASKS), 401, "unauthorized"),
                error("garbage token", get(TASKS).header("Authorization", "Bearer not.a.jwt"), 401, "invalid_token"),
                error("expired token", withToken(TestTokens.sign(claims -> claims.expirationTime(
                        Date.from(Instant.now().minusSeconds(3600))))), 401, "invalid_token"),
                error("token not yet valid", withToken(TestTokens.sign(claims -> claims.notBeforeTime(
                        Date.from(Instant.now().plusSeconds(3600))))), 401, "invalid_token"),
                error("token without exp", withToken(TestTokens.sign(claims -> claims.expirationTime(null))), 401,
                        "invalid_token"),
                error("token from another issuer", withToken(TestTokens.sign(
                        claims -> claims.issuer("https://evil.example"))), 401, "invalid_token"),
                error("token signed with another secret", withToken(TestTokens.sign(
                        "another-secret-that-is-also-long-enough-0123456789", claims -> { })), 401, "invalid_token"),
                error("unsigned token (alg none)", withToken("eyJhbGciOiJub25lIn0."
                        + "eyJzdWIiOiJtYWxsb3J5IiwiaXNzIjoidGFza2FwaS10ZXN0IiwiZXhwIjo0MTAyNDQ0ODAwfQ."), 401,
                        "invalid_token"),
                error("malformed JSON", json(post(TASKS), "{\"title\": "), 400, "malformed_json"),
                error("unknown property", json(post(TASKS), "{\"title\": \"x\", \"user_id\": \"someone\"}"), 422,
                        "validation_failed"),
                error("server-set property", json(post(TASKS),
                        "{\"title\": \"x\", \"created_at\": \"2020-01-01T00:00:00Z\"}"), 422, "validation_failed"),
                error("empty title", json(post(TASKS), "{\"title\": \"\"}"), 422, "validation_failed"),
                error("title too long", json(post(TASKS), "{\"title\": \"" + "x".repeat(501) + "\"}"), 422,
                        "validation_failed"),
                error("wrong type", json(put(TASKS + "/" + UUID.randomUUID()),
                        "{\"title\": \"x\", \"completed\": \"yes\"}"), 422, "validation_failed"),
                error("missing required field", json(put(TASKS + "/" + UUID.randomUUID()), "{\"title\": \"x\"}"),
                        422, "validation_failed"),
                error("limit out of range", CALLER.authorize(get(TASKS)).param("limit", "101"), 422,
                        "validation_failed"),
                error("unknown sort", CALLER.authorize(get(TASKS)).param("sort", "owner"), 422, "validation_failed"),
                error("malformed date", CALLER.authorize(get(TASKS)).param("due_before", "tomorrow"), 422,
                        "validation_failed"),
                error("malformed task id", CALLER.authorize(get(TASKS + "/not-a-uuid")), 404, "not_found"),
                error("missing task", CALLER.authorize(get(TASKS + "/" + UUID.randomUUID())), 404, "not_found"),
                error("wrong content type", CALLER.authorize(post(TASKS)).contentType(MediaType.TEXT_PLAIN)
                        .content("title=x"), 415, "unsupported_media_type"),
                error("patch with a wrong content type", CALLER.authorize(patch(TASKS + "/" + UUID.randomUUID()))
                        .contentType(MediaType.APPLICATION_XML).content("<x/>"), 415, "unsupported_media_type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientErrors")
    void isProblemJsonOfOneShape(String name, MockHttpServletRequestBuilder request, int status, String error)
            throws Exception {
        mvc.perform(request.header("X-Request-ID", "test-" + status))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Request-ID", "test-" + status))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.error").value(error))
                .andExpect(jsonPath("$.type").value("https://taskapi.dev/problems/" + error.replace('_', '-')))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString())
                .andExpect(jsonPath("$.message").isString())
                .andExpect(jsonPath("$.instance").isString())
                .andExpect(jsonPath("$.request_id").value("test-" + status))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("SELECT"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientErrors")
    void unauthorizedAnswersCarryTheBearerChallenge(String name, MockHttpServletRequestBuilder request, int status,
                                                    String error) throws Exception {
        String expected = switch (error) {
            case "invalid_token" -> "Bearer error=\"invalid_token\"";
            case "unauthorized" -> "Bearer";
            default -> null;
        };
        if (expected != null) {
            mvc.perform(request).andExpect(header().string("WWW-Authenticate", containsString(expected)));
        }
        else {
            mvc.perform(request).andExpect(header().doesNotExist("WWW-Authenticate"));
        }
    }

    private static MockHttpServletRequestBuilder withToken(String token) {
        return get(TASKS).header("Authorization", TestTokens.bearer(token));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return CALLER.authorize(request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static Arguments error(String name, MockHttpServletRequestBuilder request, int status, String error) {
        return Arguments.of(name, request, status, error);
    }
}
