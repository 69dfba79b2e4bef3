package dev.taskapi.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import dev.taskapi.config.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the identity settings (and the variables existing deployments already have) turn into. */
class TrustedIssuerTest {

    private static final String SECRET = "a-secret-that-is-thirty-two-bytes-or-more!";

    @Test
    void theBuiltInIssuerAloneByDefault() {
        assertThat(TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null), betterAuth(null, null), List.of())))
                .extracting(TrustedIssuer::name).containsExactly("built-in");
    }

    @Test
    void clerkIsKnownByItsDomain() {
        TrustedIssuer clerk = only("clerk", properties(new AuthProperties.Clerk("clerk.example.com", null),
                betterAuth(null, null), List.of()));
        assertThat(clerk.issuer()).isEqualTo("https://clerk.example.com");
        assertThat(clerk.jwksUri()).isEqualTo(URI.create("https://clerk.example.com/.well-known/jwks.json"));
        assertThat(clerk.algorithms()).containsExactly(JWSAlgorithm.RS256);
    }

    @Test
    void betterAuthGetsOneDecoderPerAlgorithmFamilyUnderOneIssuer() {
        List<TrustedIssuer> issuers = TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null),
                betterAuth("https://auth.example.com/", SECRET), List.of()));
        TrustedIssuer jwks = only("better-auth", issuers);
        TrustedIssuer secret = only("better-auth-secret", issuers);
        assertThat(jwks.issuer()).isEqualTo(secret.issuer()).isEqualTo("https://auth.example.com");
        assertThat(jwks.jwksUri()).isEqualTo(URI.create("https://auth.example.com/api/auth/jwks"));
        assertThat(jwks.family()).isEqualTo(AlgorithmFamily.PUBLIC_KEY);
        assertThat(secret.family()).isEqualTo(AlgorithmFamily.HMAC);
    }

    @Test
    void aWeakSecretOrAnIncompleteSettingStopsStartupNamingTheVariable() {
        assertThatThrownBy(() -> TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null),
                betterAuth("https://auth.example.com", "short"), List.of())))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("BETTER_AUTH_SECRET must be at least 32 bytes");
        assertThatThrownBy(() -> TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null),
                betterAuth(null, SECRET), List.of())))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("BETTER_AUTH_URL");
        AuthProperties.Issuer both = new AuthProperties.Issuer("idp", "https://idp.example.com",
                URI.create("https://idp.example.com/jwks"), SECRET, null, "sub", List.of(), Duration.ofSeconds(60));
        assertThatThrownBy(() -> TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null),
                betterAuth(null, null), List.of(both))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("exactly one of jwks-uri and secret");
    }

    @Test
    void anIssuerCannotMixHmacAndPublicKeyAlgorithms() {
        AuthProperties.Issuer mixed = new AuthProperties.Issuer("idp", "https://idp.example.com",
                URI.create("https://idp.example.com/jwks"), null, null, "sub", List.of("RS256", "HS256"),
                Duration.ofSeconds(60));
        assertThatThrownBy(() -> TrustedIssuer.from(properties(new AuthProperties.Clerk(null, null),
                betterAuth(null, null), List.of(mixed))))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("RS256, ES256 and EdDSA");
        AuthProperties.Issuer ed = new AuthProperties.Issuer(null, "https://idp.example.com",
                URI.create("https://idp.example.com/jwks"), null, null, "userId", List.of("Ed25519", "ES256"),
                Duration.ofSeconds(30));
        TrustedIssuer issuer = only("https://idp.example.com", properties(new AuthProperties.Clerk(null, null),
                betterAuth(null, null), List.of(ed)));
        assertThat(issuer.algorithms()).isEqualTo(Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519, JWSAlgorithm.ES256));
        assertThat(issuer.userIdClaim()).isEqualTo("userId");
    }

    @Test
    void eitherNameOfEd25519SignaturesAcceptsTokensThatUseTheOther() {
        for (String configured : List.of("EdDSA", "ed25519")) {
            AuthProperties.Issuer ed = new AuthProperties.Issuer(null, "https://idp.example.com",
                    URI.create("https://idp.example.com/jwks"), null, null, "sub", List.of(configured),
                    Duration.ofSeconds(30));
            TrustedIssuer issuer = only("https://idp.example.com", properties(new AuthProperties.Clerk(null, null),
                    betterAuth(null, null), List.of(ed)));
            assertThat(issuer.algorithms()).as(configured)
                    .isEqualTo(Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519));
        }
    }

    private static TrustedIssuer only(String name, AuthProperties properties) {
        return only(name, TrustedIssuer.from(properties));
    }

    private static TrustedIssuer only(String name, List<TrustedIssuer> issuers) {
        return issuers.stream().filter(issuer -> issuer.name().equals(name)).findFirst().orElseThrow();
    }

    private static AuthProperties.BetterAuth betterAuth(String url, String secret) {
        return new AuthProperties.BetterAuth(url, secret, true, "sub", null);
    }

    private static AuthProperties properties(AuthProperties.Clerk clerk, AuthProperties.BetterAuth betterAuth,
                                             List<AuthProperties.Issuer> issuers) {
        return new AuthProperties(
                new AuthProperties.BuiltIn(true, "taskapi", "taskapi", Duration.ofMinutes(15), Duration.ofDays(30),
                        Duration.ofMinutes(30), Duration.ofDays(30), null, "no-reply@taskapi.dev", 19456, 2),
                new AuthProperties.SharedSecret(null, "taskapi-shared", null, "sub", Duration.ofSeconds(60)),
                issuers, clerk, betterAuth,
                new AuthProperties.JwksCache(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(2)),
                new AuthProperties.Admins(List.of(), List.of()));
    }
}
