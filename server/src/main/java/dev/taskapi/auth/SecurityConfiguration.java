package dev.taskapi.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.taskapi.ratelimit.RateLimitFilter;
import dev.taskapi.user.UserService;
import dev.taskapi.web.CorsPolicy;
import dev.taskapi.web.OpenPaths;
import dev.taskapi.web.SecurityHeaders;
import dev.taskapi.web.ProblemResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;

/**
 * A stateless OAuth2 resource server: no sessions, no cookies (so no CSRF tokens), bearer tokens only.
 * Health, the API documents, the signing keys and the credential operations are public; admin operations
 * need the {@code admin} role; everything else needs an active user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_GET_PATHS = Stream.of(OpenPaths.HEALTH, OpenPaths.DOCUMENTS, List.of("/error"))
            .flatMap(List::stream).toArray(String[]::new);

    private static final String[] CREDENTIAL_PATHS = OpenPaths.CREDENTIAL_OPERATIONS.toArray(String[]::new);

    /** How often our own keys are read again when a token names a key id we have not seen (a rotation). */
    private static final Duration BUILT_IN_KEY_RELOAD_COOLDOWN = Duration.ofSeconds(1);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, UserAuthenticationConverter userAuthentication,
                                    ProblemAuthenticationEntryPoint entryPoint,
                                    ProblemAccessDeniedHandler accessDenied, IssuerRoutingJwtDecoder jwtDecoder,
                                    CorsPolicy corsPolicy, SecurityHeaders securityHeaders,
                                    RateLimitFilter rateLimits)
            throws Exception {
        return http
                // Spring Security would publish RFC 9728 metadata here; the spec has no such document.
                .securityMatcher(new NegatedRequestMatcher(path("/.well-known/oauth-protected-resource/**")))
                // Before authentication: a browser's preflight carries no token.
                .cors(cors -> cors.configurationSource(corsPolicy))
                .headers(securityHeaders::configure)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> { })
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_GET_PATHS).permitAll()
                        .requestMatchers(HttpMethod.POST, CREDENTIAL_PATHS).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // The actuator beyond health (metrics, ...) and the admin operations: administrators only.
                        .requestMatchers("/actuator/**", "/api/v1/admin/**").access(allOf(
                                hasAuthority(UserAuthenticationConverter.ACTIVE), hasRole("ADMIN")))
                        .anyRequest().hasAuthority(UserAuthenticationConverter.ACTIVE))
                // Once the token is verified (the user and tier known), before 401/403 are decided.
                .addFilterBefore(rateLimits, AuthorizationFilter.class)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokenResolver())
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(userAuthentication))
                        // A refused token counts against the client's address, never the user it names.
                        .authenticationEntryPoint(rateLimits.countingRefusals(entryPoint))
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /**
     * A stale token a frontend still sends must not stop its user from signing in again: on the credential
     * operations the {@code Authorization} header is not read at all.
     */
    private static BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> OpenPaths.isCredentialOperation(request) ? null : standard.resolve(request);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * No observation of each security filter, of the authentication or of the authorization. Switching them
     * off by property only makes each observation a no-op: the per-filter wrappers stay, and cost about 5% of
     * a request's CPU in a profile under load. http.server.requests already times every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AuthProperties properties) {
        return new SigningKeys(jdbc, transactions, clock, properties.builtIn());
    }

    @Bean
    AccessTokens accessTokens(SigningKeys keys, AuthProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.builtIn(), clock);
    }

    /** One decoder per trusted issuer, chosen by the token's {@code iss} and algorithm family. */
    @Bean
    IssuerRoutingJwtDecoder jwtDecoder(AuthProperties properties, SigningKeys signingKeys, Clock clock,
                                       MeterRegistry meters) {
        RefreshingJwkSource.FetchListener listener = (issuer, succeeded) -> meters.counter("taskapi.jwks.fetches",
                "issuer", issuer, "outcome", succeeded ? "success" : "failure").increment();
        RefreshingJwkSource builtInKeys = new RefreshingJwkSource("built-in", signingKeys::publishedNow,
                properties.jwks().ttl(), BUILT_IN_KEY_RELOAD_COOLDOWN, clock, listener);
        return new IssuerDecoders(properties.jwks(), clock, listener)
                .build(TrustedIssuer.from(properties), builtInKeys);
    }

    @Bean
    UserAuthenticationConverter userAuthenticationConverter(UserService users, IssuerRoutingJwtDecoder decoder,
                                                            AuthProperties properties) {
        return new UserAuthenticationConverter(users, decoder, properties.admins());
    }

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer, MeterRegistry meters) {
        return new ProblemAuthenticationEntryPoint(writer, meters);
    }
}
