package dev.taskapi.ratelimit;

import java.io.IOException;
import java.util.Locale;
import java.util.List;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.auth.UserAuthentication;
import dev.taskapi.user.User;
import dev.taskapi.web.ClientAddress;
import dev.taskapi.web.OpenPaths;
import dev.taskapi.web.ProblemResponseWriter;
import dev.taskapi.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts every request against its caller's quota and answers 429 when it is used up. It runs inside
 * Spring Security's chain, after the bearer token has been verified and before authorization, so it
 * knows the user (and the user's current tier, read with the token) and counts 401s and 403s too:
 * <ul>
 *   <li>a verified user draws from the bucket of its tier;</li>
 *   <li>a caller without a token draws from the bucket of its client address ({@code anonymous});</li>
 *   <li>a caller whose token is refused never reaches this filter, so the 401 goes through
 *       {@link #countingRefusals}: it draws from its address's {@code anonymous} bucket, never from the
 *       bucket of the user the token names (a forged or expired token cannot use up a user's quota);</li>
 *   <li>the credential operations draw from their own small quota, per address and per email.</li>
 * </ul>
 * Health, probes, the documents, the signing keys and CORS preflights are never counted.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** Set once a request has been counted, so the refusal path does not count it twice. */
    private static final String COUNTED = RateLimitFilter.class.getName() + ".counted";

    /** More than any valid credential request body (the spec bounds every field), far less than the body limit. */
    static final int CREDENTIAL_BODY_PEEK_BYTES = 16 * 1024;
    private static final int MAX_EMAIL_LENGTH = 320;

    /** The actuator beyond health is for administrators, who must be able to look while clients are throttled. */
    private static final List<String> ACTUATOR = List.of("/actuator", "/actuator/**");

    private final boolean enabled;
    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final ProblemResponseWriter problems;
    private final JsonMapper jsonMapper;
    private final MeterRegistry meters;

    RateLimitFilter(boolean enabled, RateLimiter limiter, ClientAddress clientAddress, ProblemResponseWriter problems,
                    JsonMapper jsonMapper, MeterRegistry meters) {
        this.enabled = enabled;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.problems = problems;
        this.jsonMapper = jsonMapper;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || isExempt(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(COUNTED, Boolean.TRUE);
        HttpServletRequest onward = request;
        Verdict verdict;
        if (isCredentialOperation(request)) {
            PeekedBodyRequest peeked = PeekedBodyRequest.peek(request, CREDENTIAL_BODY_PEEK_BYTES);
            onward = peeked;
            verdict = limiter.credentials(clientAddress.of(request), email(peeked));
        }
        else if (currentUser() instanceof User user) {
            verdict = limiter.user(user.id(), user.tier());
        }
        else {
            verdict = limiter.anonymous(clientAddress.of(request));
        }
        verdict.writeHeaders(response);
        if (!verdict.allowed()) {
            refuse(request, response, verdict);
            return;
        }
        chain.doFilter(onward, response);
    }

    /**
     * The authentication entry point for refused tokens, counting the request against its address first:
     * a stream of bad tokens is limited like any anonymous caller, and gets 429 once the address's quota
     * is used up.
     */
    public AuthenticationEntryPoint countingRefusals(AuthenticationEntryPoint refusal) {
        return (request, response, failure) -> {
            if (request.getAttribute(COUNTED) == null && !shouldNotFilter(request)) {
                request.setAttribute(COUNTED, Boolean.TRUE);
                Verdict verdict = limiter.anonymous(clientAddress.of(request));
                verdict.writeHeaders(response);
                if (!verdict.allowed()) {
                    refuse(request, response, verdict);
                    return;
                }
            }
            refusal.commence(request, response, failure);
        };
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Verdict verdict) throws IOException {
        meters.counter("taskapi.ratelimit.rejections", "plan", verdict.policy().name()).increment();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        String detail = "Rate limit exceeded; retry in " + verdict.retryAfterSeconds()
                + (verdict.retryAfterSeconds() == 1 ? " second." : " seconds.");
        problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.RATE_LIMITED, detail, request));
    }

    private static @Nullable Object currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof UserAuthentication user ? user.getPrincipal() : null;
    }

    /** The {@code email} of a JSON body, normalized; {@code null} when there is none to read. */
    private @Nullable String email(PeekedBodyRequest request) {
        byte[] body = request.body();
        if (body == null || body.length == 0 || !isJson(request.getContentType())) {
            return null;
        }
        try {
            JsonNode email = jsonMapper.readTree(body).get("email");
            if (email == null || !email.isString()) {
                return null;
            }
            String normalized = email.stringValue().trim().toLowerCase(Locale.ROOT);
            return normalized.isEmpty() || normalized.length() > MAX_EMAIL_LENGTH ? null : normalized;
        }
        catch (JacksonException ex) {
            // Malformed JSON: the controller answers 400; only the address bucket counts it.
            return null;
        }
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json");
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    private static boolean isCredentialOperation(HttpServletRequest request) {
        String path = OpenPaths.pathOf(request);
        return OpenPaths.isCredentialOperation(request.getMethod(), path) && !path.equals(OpenPaths.LOGOUT);
    }

    private static boolean isExempt(HttpServletRequest request) {
        if (CorsUtils.isPreFlightRequest(request)) {
            return true;
        }
        String path = OpenPaths.pathOf(request);
        return OpenPaths.matches(path, OpenPaths.HEALTH) || OpenPaths.matches(path, OpenPaths.DOCUMENTS)
                || OpenPaths.matches(path, ACTUATOR);
    }

}
