package dev.taskapi.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import dev.taskapi.config.InvalidSettingException;
import org.jspecify.annotations.Nullable;

/**
 * One issuer whose tokens are accepted, and how to verify them. Exactly one of {@code jwksUri},
 * {@code secret} or {@code builtIn} says where the keys come from.
 */
record TrustedIssuer(
        String name,
        String issuer,
        @Nullable URI jwksUri,
        @Nullable SecretKey secret,
        boolean builtIn,
        @Nullable String audience,
        String userIdClaim,
        Set<JWSAlgorithm> algorithms,
        Duration clockSkew) {

    static final int MIN_SECRET_BYTES = 32;
    private static final String ISSUERS = "TASKAPI_AUTH_ISSUERS";

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256,
            JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    TrustedIssuer {
        algorithms = Set.copyOf(algorithms);
        AlgorithmFamily family = AlgorithmFamily.of(algorithms.iterator().next());
        if (algorithms.stream().anyMatch(algorithm -> AlgorithmFamily.of(algorithm) != family)) {
            throw new IllegalArgumentException("Issuer " + name + " mixes HMAC and public-key algorithms");
        }
    }

    AlgorithmFamily family() {
        return AlgorithmFamily.of(algorithms.iterator().next());
    }

    /** Every issuer the configuration names, in the order they are documented. */
    static List<TrustedIssuer> from(AuthProperties properties) {
        List<TrustedIssuer> issuers = new ArrayList<>();
        AuthProperties.BuiltIn builtIn = properties.builtIn();
        if (builtIn.enabled()) {
            issuers.add(new TrustedIssuer("built-in", builtIn.issuer(), null, null, true, builtIn.audience(), "sub",
                    Set.of(JWSAlgorithm.RS256), Duration.ofSeconds(60)));
        }
        AuthProperties.SharedSecret jwt = properties.jwt();
        if (hasText(jwt.secret())) {
            issuers.add(new TrustedIssuer("shared-secret", jwt.issuer(), null, hmacKey("TASKAPI_JWT_SECRET", jwt.secret()),
                    false, blankToNull(jwt.audience()), jwt.userIdClaim(), Set.of(JWSAlgorithm.HS256), jwt.clockSkew()));
        }
        AuthProperties.Clerk clerk = properties.clerk();
        if (hasText(clerk.domain())) {
            String base = "https://" + clerk.domain().replaceFirst("^https?://", "").replaceAll("/+$", "");
            issuers.add(new TrustedIssuer("clerk", base, URI.create(base + "/.well-known/jwks.json"), null, false,
                    blankToNull(clerk.audience()), "sub", Set.of(JWSAlgorithm.RS256), Duration.ofSeconds(60)));
        }
        AuthProperties.BetterAuth betterAuth = properties.betterAuth();
        if (hasText(betterAuth.url())) {
            String base = betterAuth.url().replaceAll("/+$", "");
            if (betterAuth.jwks()) {
                issuers.add(new TrustedIssuer("better-auth", base, URI.create(base + "/api/auth/jwks"), null, false,
                        blankToNull(betterAuth.audience()), betterAuth.userIdClaim(),
                        Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519), Duration.ofSeconds(60)));
            }
            if (hasText(betterAuth.secret())) {
                issuers.add(new TrustedIssuer("better-auth-secret", base, null,
                        hmacKey("BETTER_AUTH_SECRET", betterAuth.secret()), false, blankToNull(betterAuth.audience()),
                        betterAuth.userIdClaim(), Set.of(JWSAlgorithm.HS256), Duration.ofSeconds(60)));
            }
        }
        else if (hasText(betterAuth.secret())) {
            throw new InvalidSettingException("BETTER_AUTH_URL",
                    "BETTER_AUTH_SECRET is set but BETTER_AUTH_URL is not; set BETTER_AUTH_URL to the issuer of its tokens.");
        }
        for (AuthProperties.Issuer issuer : properties.issuers()) {
            issuers.add(external(issuer));
        }
        return List.copyOf(issuers);
    }

    private static TrustedIssuer external(AuthProperties.Issuer issuer) {
        String name = hasText(issuer.name()) ? issuer.name() : issuer.issuer();
        boolean hasSecret = hasText(issuer.secret());
        if (hasSecret == (issuer.jwksUri() != null)) {
            throw new InvalidSettingException(ISSUERS, "Issuer " + name + " needs exactly one of jwks-uri and secret.");
        }
        Set<JWSAlgorithm> algorithms = issuer.algorithms().isEmpty()
                ? Set.of(hasSecret ? JWSAlgorithm.HS256 : JWSAlgorithm.RS256)
                : issuer.algorithms().stream().flatMap(TrustedIssuer::algorithms).collect(Collectors.toSet());
        if (hasSecret && !algorithms.equals(Set.of(JWSAlgorithm.HS256))) {
            throw new InvalidSettingException(ISSUERS, "Issuer " + name + " has a secret, so its only algorithm is HS256.");
        }
        if (!hasSecret && !ASYMMETRIC.containsAll(algorithms)) {
            throw new InvalidSettingException(ISSUERS,
                    "Issuer " + name + " has a JWKS URL; its algorithms can be RS256, ES256 and EdDSA.");
        }
        return new TrustedIssuer(name, issuer.issuer(), issuer.jwksUri(),
                hasSecret ? hmacKey(ISSUERS + " (" + name + ") secret", issuer.secret()) : null, false,
                blankToNull(issuer.audience()), issuer.userIdClaim(), algorithms, issuer.clockSkew());
    }

    /**
     * "EdDSA" and the fully specified "Ed25519" (RFC 9864) name the same signatures, and providers put either
     * in a token's header, so naming one accepts both.
     */
    private static Stream<JWSAlgorithm> algorithms(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "EDDSA", "ED25519" -> Stream.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
            default -> Stream.of(JWSAlgorithm.parse(upper));
        };
    }

    static SecretKey hmacKey(String setting, String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new InvalidSettingException(setting, setting + " must be at least " + MIN_SECRET_BYTES
                    + " bytes (256 bits); it has " + bytes.length + ".");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return hasText(value) ? value : null;
    }
}
