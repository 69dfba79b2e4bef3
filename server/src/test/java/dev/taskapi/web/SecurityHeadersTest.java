package dev.taskapi.web;

import java.util.stream.Stream;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The security headers, exact, on every kind of answer: an operation's, an error Spring Security writes, an
 * error a filter in front of it writes, the documents.
 */
class SecurityHeadersTest extends ApiTestSupport {

    private static final Caller CALLER = Caller.newUser();
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    static Stream<Arguments> answers() {
        return Stream.of(
                answer("an authenticated read", CALLER.authorize(get("/api/v1/tasks")), 200),
                answer("a create", CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"headers\"}"), 201),
                answer("public health", get("/health"), 200),
                answer("no token (Spring Security)", get("/api/v1/tasks"), 401),
                answer("malformed JSON (exception handler)", CALLER.authorize(post("/api/v1/tasks"))
                        .contentType(MediaType.APPLICATION_JSON).content("{"), 400),
                answer("an unknown host (filter in front of Spring Security)",
                        get("/api/v1/tasks").header("Host", "evil.example"), 400),
                answer("a body too large (filter in front of Spring Security)", CALLER.authorize(post("/api/v1/tasks"))
                        .contentType(MediaType.APPLICATION_JSON).content(new byte[1024 * 1024 + 1]), 413),
                answer("the signing keys", get("/.well-known/jwks.json").header("Host", "evil.example"), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeaders(String name, MockHttpServletRequestBuilder request, int status)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeaders("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.getHeaders("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.getHeaders("Content-Security-Policy")).containsExactly(API_CSP);
        assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
        assertThat(response.getHeader("Strict-Transport-Security")).as("plain HTTP").isNull();
        assertThat(response.getHeader("X-Request-ID")).isNotBlank();
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        MockHttpServletResponse response = mvc.perform(CALLER.authorize(get("/api/v1/tasks")).secure(true))
                .andReturn().getResponse();
        assertThat(response.getHeaders("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");

        MockHttpServletResponse refused = mvc.perform(get("/api/v1/tasks").secure(true)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeaders("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");

        // A client that claims HTTPS itself is not a trusted proxy: plain HTTP it stays.
        MockHttpServletResponse claimed = mvc.perform(CALLER.authorize(get("/api/v1/tasks"))
                .header("X-Forwarded-Proto", "https")).andReturn().getResponse();
        assertThat(claimed.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void anOperationThatChoosesItsCachingKeepsIt() throws Exception {
        MockHttpServletResponse keys = mvc.perform(get("/.well-known/jwks.json")).andReturn().getResponse();
        assertThat(keys.getStatus()).isEqualTo(200);
        assertThat(keys.getHeaders("Cache-Control")).containsExactly("max-age=300, public");
        assertThat(keys.getHeaders("Content-Security-Policy")).containsExactly(API_CSP);
    }

    @Test
    void theDocumentationPagesMayRunTheirOwnScripts() throws Exception {
        String docs = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
        for (String path : new String[] {"/docs", "/docs/index.html", "/redoc", "/redoc/index.html",
                "/webjars/swagger-ui/index.html"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeaders("Content-Security-Policy")).as(path).containsExactly(docs);
            assertThat(response.getHeaders("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(response.getHeaders("X-Frame-Options")).as(path).containsExactly("DENY");
        }
        // Not a documentation page, whatever the name starts with.
        assertThat(mvc.perform(get("/docsearch")).andReturn().getResponse().getHeaders("Content-Security-Policy"))
                .containsExactly(API_CSP);
    }

    private static Arguments answer(String name, MockHttpServletRequestBuilder request, int status) {
        return Arguments.of(name, request, status);
    }
}
