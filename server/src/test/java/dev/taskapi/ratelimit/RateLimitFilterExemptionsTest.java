package dev.taskapi.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** What is never counted: health, probes, the documents, the signing keys and CORS preflights. */
class RateLimitFilterExemptionsTest {

    private final RateLimitFilter filter = new RateLimitFilter(true, null, null, null, null, null);

    @Test
    void healthDocumentsKeysAndPreflightsAreExempt() {
        for (String path : new String[] {"/health", "/api/v1/health", "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/docs", "/docs/index.html", "/redoc", "/redoc/redoc.standalone.js",
                "/openapi.yaml", "/openapi.json", "/.well-known/jwks.json"}) {
            assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", path))).as(path).isTrue();
        }
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", "/api/v1/tasks");
        preflight.addHeader("Origin", "http://localhost:3000");
        preflight.addHeader("Access-Control-Request-Method", "POST");
        assertThat(filter.shouldNotFilter(preflight)).isTrue();
    }

    @Test
    void everythingElseCounts() {
        for (String path : new String[] {"/api/v1/tasks", "/api/v1/users/me", "/api/user-1/tasks", "/healthz",
                "/api/v1/health/extra", "/docsx", "/unknown"}) {
            assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", path))).as(path).isFalse();
        }
        // A plain OPTIONS (no CORS preflight) is a request like any other.
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("OPTIONS", "/api/v1/tasks"))).isFalse();
        assertThat(new RateLimitFilter(false, null, null, null, null, null)
                .shouldNotFilter(new MockHttpServletRequest("GET", "/api/v1/tasks"))).isTrue();
    }
}
