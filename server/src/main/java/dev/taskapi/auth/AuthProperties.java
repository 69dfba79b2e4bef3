package dev.taskapi.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign tokens this service accepts. Any combination can be on at once: the built-in issuer, a
 * shared HS256 secret, Clerk, Better Auth (JWKS, shared secret, or both) and any list of other issuers.
 *
 * @param builtIn    the identity provider inside this service
 * @param jwt        an issuer that shares an HS256 secret with this service
 * @param issuers    further external issuers (Auth0, Keycloak, ...), each with a JWKS URL or a secret
 * @param clerk      Clerk, from {@code CLERK_DOMAIN}
 * @param betterAuth Better Auth, from {@code BETTER_AUTH_URL} and {@code BETTER_AUTH_SECRET}
 * @param jwks       how external signing keys are cached
 * @param admins     who gets the {@code admin} role without an administrator granting it
 */
@Validated
@ConfigurationProperties("taskapi.auth")
public record AuthProperties(
        @Valid @DefaultValue BuiltIn builtIn,
        @Valid @DefaultValue SharedSecret jwt,
        @Valid @DefaultValue List<Issuer> issuers,
        @Valid @DefaultValue Clerk clerk,
        @Valid @DefaultValue BetterAuth betterAuth,
        @Valid @DefaultValue JwksCache jwks,
        @Valid @DefaultValue Admins admins) {

    /**
     * @param enabled         whether this service registers accounts and issues tokens itself
     * @param issuer          the {@code iss} of its tokens
     * @param audience        the {@code aud} of its tokens
     * @param accessTokenTtl  how long an access token works
     * @param refreshTokenTtl how long a session lasts without use
     * @param resetTokenTtl   how long a password reset token works
     * @param keyRotation     how long a signing key signs before a new one takes over
     * @param resetUrl        the page of the frontend that sets a new password; the mail links to it
     *                        with {@code ?token=...} appended (only the token is mailed when blank)
     * @param mailFrom        the sender of password reset mail
     * @param argon2MemoryKib memory per password hash (Argon2id); OWASP's minimum is 19456 (19 MiB)
     * @param argon2Iterations passes over that memory; OWASP's minimum with 19 MiB is 2
     */
    public record BuiltIn(
            @DefaultValue("true") boolean enabled,
            @NotBlank @DefaultValue("taskapi") String issuer,
            @NotBlank @DefaultValue("taskapi") String audience,
            @NotNull @DefaultValue("15m") Duration accessTokenTtl,
            @NotNull @DefaultValue("30d") Duration refreshTokenTtl,
            @NotNull @DefaultValue("30m") Duration resetTokenTtl,
            @NotNull @DefaultValue("30d") Duration keyRotation,
            @Nullable String resetUrl,
            @NotBlank @DefaultValue("no-reply@taskapi.dev") String mailFrom,
            @Min(1024) @DefaultValue("19456") int argon2MemoryKib,
            @Min(1) @DefaultValue("2") int argon2Iterations) {
    }

    /**
     * @param secret      the HS256 secret, at least 32 bytes; no issuer of this kind when blank
     * @param issuer      the {@code iss} its tokens carry
     * @param audience    the {@code aud} its tokens must carry; not checked when blank
     * @param userIdClaim the claim that holds the user's id
     * @param clockSkew   how far {@code exp} and {@code nbf} may be off
     */
    public record SharedSecret(
            @Nullable String secret,
            @NotBlank @DefaultValue("taskapi-shared") String issuer,
            @Nullable String audience,
            @NotBlank @DefaultValue("sub") String userIdClaim,
            @NotNull @DefaultValue("60s") Duration clockSkew) {

        /** Never printed: the record's own toString would include the secret. */
        @Override
        public String toString() {
            return "SharedSecret[issuer=" + issuer + "]";
        }
    }

    /**
     * @param name        how logs, metrics and health name it
     * @param issuer      the {@code iss} its tokens carry
     * @param jwksUri     where its public keys are published (or {@code secret})
     * @param secret      its HS256 secret (or {@code jwksUri})
     * @param audience    the {@code aud} its tokens must carry; not checked when blank
     * @param userIdClaim the claim that holds the user's id ({@code sub}, {@code userId}, ...)
     * @param algorithms  the signature algorithms accepted: RS256, ES256, EdDSA for keys from a JWKS URL;
     *                    HS256 for a secret
     * @param clockSkew   how far {@code exp} and {@code nbf} may be off
     */
    public record Issuer(
            @Nullable String name,
            @NotBlank String issuer,
            @Nullable URI jwksUri,
            @Nullable String secret,
            @Nullable String audience,
            @NotBlank @DefaultValue("sub") String userIdClaim,
            @DefaultValue List<String> algorithms,
            @NotNull @DefaultValue("60s") Duration clockSkew) {

        @Override
        public String toString() {
            return "Issuer[issuer=" + issuer + ", jwksUri=" + jwksUri + "]";
        }
    }

    /** @param domain the Clerk Frontend API domain, e.g. {@code clerk.example.com} */
    public record Clerk(@Nullable String domain, @Nullable String audience) {
    }

    /**
     * @param url         the Better Auth server, e.g. {@code https://auth.example.com}; its tokens' issuer
     * @param secret      {@code BETTER_AUTH_SECRET}, for tokens the frontend signs with HS256
     * @param jwks        whether to accept its EdDSA tokens, verified with keys from {@code {url}/api/auth/jwks}
     * @param userIdClaim the claim that holds the user's id
     * @param audience    the {@code aud} its tokens must carry; not checked when blank
     */
    public record BetterAuth(
            @Nullable String url,
            @Nullable String secret,
            @DefaultValue("true") boolean jwks,
            @NotBlank @DefaultValue("sub") String userIdClaim,
            @Nullable String audience) {

        @Override
        public String toString() {
            return "BetterAuth[url=" + url + "]";
        }
    }

    /**
     * @param ttl             how long fetched keys are used before they are fetched again
     * @param refetchCooldown the least time between two fetches, however many unknown key ids arrive
     * @param timeout         connect and read timeout of a fetch
     */
    public record JwksCache(
            @NotNull @DefaultValue("5m") Duration ttl,
            @NotNull @DefaultValue("30s") Duration refetchCooldown,
            @NotNull @DefaultValue("2s") Duration timeout) {
    }

    /**
     * @param emails   accounts with one of these emails are administrators
     * @param subjects accounts whose token subject is one of these are administrators
     */
    public record Admins(@DefaultValue List<String> emails, @DefaultValue List<String> subjects) {
    }
}
