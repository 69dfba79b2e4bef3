package dev.taskapi.auth;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import dev.taskapi.config.InvalidSettingException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds one decoder per trusted issuer: its own keys, its own algorithms, and the claims RFC 8725 asks
 * a verifier to check ({@code exp} required, {@code nbf}, {@code iss}, {@code aud} when configured, and
 * the claim that names the user).
 */
final class IssuerDecoders {

    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private final AuthProperties.JwksCache cache;
    private final Clock clock;
    private final RefreshingJwkSource.FetchListener listener;

    IssuerDecoders(AuthProperties.JwksCache cache, Clock clock, RefreshingJwkSource.FetchListener listener) {
        this.cache = cache;
        this.clock = clock;
        this.listener = listener;
    }

    IssuerRoutingJwtDecoder build(List<TrustedIssuer> issuers, JWKSource<SecurityContext> builtInKeys) {
        List<IssuerRoutingJwtDecoder.Route> routes = new ArrayList<>();
        for (TrustedIssuer issuer : issuers) {
            NimbusJwtDecoder decoder;
            RefreshingJwkSource remoteKeys = null;
            if (issuer.secret() != null) {
                decoder = NimbusJwtDecoder.withSecretKey(issuer.secret()).macAlgorithm(MacAlgorithm.HS256).build();
            }
            else if (issuer.builtIn()) {
                decoder = publicKeyDecoder(issuer, builtInKeys);
            }
            else {
                remoteKeys = jwks(issuer);
                decoder = publicKeyDecoder(issuer, remoteKeys);
            }
            decoder.setJwtValidator(validator(issuer));
            routes.add(new IssuerRoutingJwtDecoder.Route(issuer, decoder, remoteKeys));
        }
        return new IssuerRoutingJwtDecoder(routes, new VerifiedTokenCache(clock));
    }

    RefreshingJwkSource jwks(TrustedIssuer issuer) {
        int timeout = (int) cache.timeout().toMillis();
        URL url = toUrl(issuer);
        return new RefreshingJwkSource(issuer.name(), () -> JWKSet.load(url, timeout, timeout, MAX_JWKS_BYTES),
                cache.ttl(), cache.refetchCooldown(), clock, listener);
    }

    private static URL toUrl(TrustedIssuer issuer) {
        try {
            return issuer.jwksUri().toURL();
        }
        catch (java.net.MalformedURLException | IllegalArgumentException ex) {
            throw new InvalidSettingException("TASKAPI_AUTH_ISSUERS", "The JWKS URL of issuer " + issuer.name() + " is not a URL.");
        }
    }

    private static NimbusJwtDecoder publicKeyDecoder(TrustedIssuer issuer, JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new PublicKeySelector(issuer.algorithms(), keys));
        processor.setJWSVerifierFactory(new SignatureVerifiers());
        // RFC 9068 access tokens say "at+jwt"; others say "JWT" or nothing.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        // Claims are checked by Spring's validators below, with this issuer's clock skew.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return new NimbusJwtDecoder(processor);
    }

    private static OAuth2TokenValidator<Jwt> validator(TrustedIssuer issuer) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(issuer.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(timestamps);
        validators.add(new JwtIssuerValidator(issuer.issuer()));
        validators.add(new JwtClaimValidator<Object>(issuer.userIdClaim(),
                value -> value instanceof String id && !id.isBlank()));
        if (issuer.audience() != null) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.contains(issuer.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
