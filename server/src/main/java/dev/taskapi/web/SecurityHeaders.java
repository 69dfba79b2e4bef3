package dev.taskapi.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response. Spring Security writes them on everything that passes its filter
 * chain (see {@link #configure}); {@link ProblemResponseWriter} writes the same ones on the errors that
 * filters in front of it answer (an unknown host, a body too large, a server shutting down).
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer};</li>
 *   <li>{@code Content-Security-Policy}: nothing may load or frame an API answer; the documentation pages may run
 *       their own scripts and styles (inline styles, {@code data:} images and a {@code blob:} worker are what
 *       Swagger UI and ReDoc need) and call this origin;</li>
 *   <li>{@code Cache-Control: no-store} unless the operation chose its own (the public signing keys are cacheable):
 *       answers carry a user's data or tokens, and no cache in between may keep them;</li>
 *   <li>{@code Strict-Transport-Security} only on requests that came over HTTPS: a secure connection, or a
 *       TLS-terminating proxy in {@code TRUSTED_PROXIES} that says so in {@code X-Forwarded-Proto}.</li>
 * </ul>
 */
@Component
public class SecurityHeaders {

    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI and ReDoc need inline styles, data: images and fonts, and ReDoc a worker from a blob. */
    public static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String NO_STORE = "no-store";

    /** The documentation pages and the assets they load. */
    static final RequestMatcher DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/redoc/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/webjars/**"));

    /** The headers every answer gets whatever it answers, and however it arrived. */
    private static final List<HeaderWriter> ALWAYS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER),
            SecurityHeaders::noStoreUnlessChosen);

    private final List<HeaderWriter> writers;

    SecurityHeaders(ClientAddress clientAddress) {
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setRequestMatcher(clientAddress::arrivedOverHttps);
        this.writers = Stream.concat(ALWAYS.stream(), Stream.of(
                hsts,
                new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DOCS),
                        new ContentSecurityPolicyHeaderWriter(API_POLICY)),
                new DelegatingRequestMatcherHeaderWriter(DOCS, new ContentSecurityPolicyHeaderWriter(DOCS_POLICY))))
                .toList();
    }

    /**
     * The headers of an answer Tomcat writes before the application saw the request, where the settings
     * that decide HSTS are out of reach: everything else, with the API's policy, since no document page
     * is ever such an answer.
     */
    static void writeForContainerError(HttpServletRequest request, HttpServletResponse response) {
        ALWAYS.forEach(writer -> writer.writeHeaders(request, response));
        response.setHeader("Content-Security-Policy", API_POLICY);
    }

    /** Replaces Spring Security's default headers with these. */
    public void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.defaultsDisabled();
        writers.forEach(headers::addHeaderWriter);
    }

    /** Writes them on a response that Spring Security's filter chain did not see. */
    public void writeTo(HttpServletRequest request, HttpServletResponse response) {
        writers.forEach(writer -> writer.writeHeaders(request, response));
    }

    private static void noStoreUnlessChosen(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
