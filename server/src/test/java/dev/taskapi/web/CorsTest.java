package dev.taskapi.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * CORS for the origins in {@code CORS_ORIGINS} (the default, {@code http://localhost:3000}, in tests): a
 * preflight for every operation of the spec is answered before authentication, with exactly the headers a
 * browser needs; any other origin gets no CORS header at all.
 */
class CorsTest extends ApiTestSupport {

    private static final String ORIGIN = "http://localhost:3000";
    private static final Caller CALLER = Caller.newUser();

    static Stream<SpecOperations> everyOperation() {
        return SpecOperations.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void preflightAllowsEveryOperationOfTheSpec(SpecOperations operation) throws Exception {
        String requested = String.join(",", operation.requestHeaders());
        MockHttpServletResponse response = mvc.perform(options(operation.path())
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", operation.method())
                        .header("Access-Control-Request-Headers", requested))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(response.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET,POST,PUT,PATCH,DELETE");
        assertThat(split(response.getHeader("Access-Control-Allow-Headers")))
                .containsExactlyInAnyOrderElementsOf(operation.requestHeaders());
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.getHeader("Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(response.getHeaders("Vary"))
                .contains("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aPreflightOfEveryHeaderTheApiReadsIsAllowed() throws Exception {
        Set<String> everyHeader = new TreeSet<>();
        SpecOperations.all().forEach(operation -> everyHeader.addAll(operation.requestHeaders()));
        assertThat(everyHeader).contains("authorization", "content-type", "idempotency-key", "if-match",
                "if-none-match", "x-request-id");

        MockHttpServletResponse response = mvc.perform(options("/api/v1/tasks/" + java.util.UUID.randomUUID())
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "PATCH")
                        .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(split(response.getHeader("Access-Control-Allow-Headers")))
                .containsExactlyInAnyOrder("authorization", "content-type", "if-match", "idempotency-key");
    }

    @Test
    void anAllowedOriginCanReadTheAnswerAndTheHeadersClientsNeed() throws Exception {
        MockHttpServletResponse response = mvc.perform(CALLER.authorize(get("/api/v1/tasks")).header("Origin", ORIGIN))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(split(response.getHeader("Access-Control-Expose-Headers"))).containsExactly("ETag", "Location",
                "X-Request-ID", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
                "RateLimit-Policy", "RateLimit", "Deprecation", "Link");
        assertThat(response.getHeaders("Vary")).contains("Origin");
    }

    @Test
    void everyResponseHeaderOfTheSpecIsExposedOrSafelisted() {
        // Safelisted response headers (Fetch standard) need no exposing; WWW-Authenticate's content is in the
        // problem body too; the CORS header is the protocol itself.
        Set<String> notNeeded = Set.of("cache-control", "content-type", "www-authenticate",
                "access-control-allow-origin");
        Set<String> declared = new TreeSet<>();
        SpecOperations.SPEC.getComponents().getResponses().values().forEach(response -> {
            if (response.getHeaders() != null) {
                response.getHeaders().keySet().forEach(name -> declared.add(name.toLowerCase()));
            }
        });
        declared.removeAll(notNeeded);
        assertThat(CorsPolicy.EXPOSED_HEADERS.stream().map(String::toLowerCase).toList())
                .containsAll(declared);
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() throws Exception {
        MockHttpServletResponse preflight = mvc.perform(options("/api/v1/tasks")
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization,content-type"))
                .andReturn().getResponse();
        assertNoCorsHeaders(preflight);

        MockHttpServletResponse actual = mvc.perform(CALLER.authorize(get("/api/v1/tasks"))
                        .header("Origin", "https://evil.example"))
                .andReturn().getResponse();
        assertThat(actual.getStatus()).isEqualTo(200);
        assertNoCorsHeaders(actual);

        // An origin differs in scheme or port too, and a wildcard is never the answer.
        for (String near : List.of("https://localhost:3000", "http://localhost:3001", "null")) {
            assertNoCorsHeaders(mvc.perform(options("/api/v1/tasks").header("Origin", near)
                    .header("Access-Control-Request-Method", HttpMethod.GET.name())).andReturn().getResponse());
        }
    }

    @Test
    void aPreflightForAMethodOrHeaderTheApiDoesNotTakeIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(options("/api/v1/tasks")
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "x-custom-secret"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    private static void assertNoCorsHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeaderNames()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    private static List<String> split(String header) {
        assertThat(header).isNotNull();
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }
}
