package dev.taskapi.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the browser origins in {@code CORS_ORIGINS}, applied by Spring Security before authentication
 * (a preflight carries no token). A request from any other origin gets no CORS headers at all, so the
 * browser keeps the answer from the page; the request itself is answered as if it had no {@code Origin}.
 */
@Component("corsConfigurationSource")
public class CorsPolicy implements CorsConfigurationSource {

    static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key", HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, RequestIds.HEADER);
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, RequestIds.HEADER,
            HttpHeaders.RETRY_AFTER, "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
            "RateLimit-Policy", "RateLimit", "Deprecation", HttpHeaders.LINK);
    /** How long a browser may reuse a preflight answer (browsers cap it: Chromium at 2 hours). */
    static final Duration MAX_AGE = Duration.ofHours(1);

    private final @Nullable CorsConfiguration configuration;

    public CorsPolicy(HttpEdgeProperties properties) {
        if (properties.corsOrigins().isEmpty()) {
            this.configuration = null;
            return;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins());
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(ALLOWED_METHODS);
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setMaxAge(MAX_AGE);
        cors.validateAllowCredentials();
        this.configuration = cors;
    }

    @Override
    public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (configuration == null || origin == null || configuration.checkOrigin(origin) == null) {
            return null;
        }
        return configuration;
    }
}
