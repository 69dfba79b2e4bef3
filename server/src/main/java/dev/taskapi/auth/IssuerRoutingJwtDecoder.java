package dev.taskapi.auth;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.taskapi.web.Causes;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Chooses the verifier by the token's {@code iss} and by its algorithm's family, then lets that verifier
 * alone judge the token. The unverified header and claims only pick a verifier: an unsigned token, an
 * issuer we do not trust, or an algorithm its issuer does not use is refused before any key is touched.
 */
final class IssuerRoutingJwtDecoder implements JwtDecoder {

    /**
     * A trusted issuer together with the decoder that checks its signatures and claims, and, for an
     * issuer that publishes a JWKS, where its keys come from.
     */
    record Route(TrustedIssuer issuer, JwtDecoder decoder, @Nullable RefreshingJwkSource remoteKeys) {
    }

    private final Map<String, List<Route>> routesByIssuer;
    private final List<RefreshingJwkSource> remoteKeys;
    private final VerifiedTokenCache cache;

    IssuerRoutingJwtDecoder(List<Route> routes, VerifiedTokenCache cache) {
        this.cache = cache;
        this.routesByIssuer = routes.stream().collect(Collectors.groupingBy(route -> route.issuer().issuer()));
        this.remoteKeys = routes.stream().map(Route::remoteKeys).filter(java.util.Objects::nonNull).toList();
    }

    /** The key sources of issuers that publish a JWKS, for the health check. */
    List<RefreshingJwkSource> remoteKeySources() {
        return remoteKeys;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return cache.get(token, this::verify);
    }

    private Jwt verify(String token) {
        SignedJWT signed = parse(token);
        Route route = route(issuerOf(signed), signed.getHeader().getAlgorithm())
                .orElseThrow(() -> new BadJwtException("The token is not from a trusted issuer, or not signed the way its issuer signs"));
        try {
            return route.decoder().decode(token);
        }
        catch (JwtException ex) {
            // Nimbus wraps whatever a key source throws; a missing identity provider is a 503, not a 401.
            IdentityProviderUnavailableException unavailable = Causes.find(ex, IdentityProviderUnavailableException.class);
            throw unavailable != null ? unavailable : ex;
        }
    }

    /** The issuer settings a verified token came through, to read its user id claim. */
    Optional<TrustedIssuer> issuerOf(Jwt jwt) {
        Object alg = jwt.getHeaders().get("alg");
        return route(jwt.getClaimAsString("iss"), alg == null ? null : JWSAlgorithm.parse(alg.toString()))
                .map(Route::issuer);
    }

    private Optional<Route> route(@Nullable String issuer, @Nullable JWSAlgorithm algorithm) {
        if (issuer == null || algorithm == null) {
            return Optional.empty();
        }
        AlgorithmFamily family = AlgorithmFamily.of(algorithm);
        return routesByIssuer.getOrDefault(issuer, List.of()).stream()
                .filter(route -> route.issuer().family() == family && route.issuer().algorithms().contains(algorithm))
                .findFirst();
    }

    private static SignedJWT parse(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            if (jwt instanceof SignedJWT signed) {
                return signed;
            }
            throw new BadJwtException("The token is not signed");
        }
        catch (ParseException ex) {
            throw new BadJwtException("The token is not a JWT");
        }
    }

    private static @Nullable String issuerOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet().getIssuer();
        }
        catch (ParseException ex) {
            throw new BadJwtException("The token's claims are not a JSON object");
        }
    }
}
