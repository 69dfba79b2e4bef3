package dev.taskapi.auth;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bearer tokens signed with a shared HS256 secret.
 *
 * @param secret     the shared secret, at least 32 bytes (256 bits); when blank, one is generated into
 *                   {@code secretFile} and kept there, for the zero-configuration default
 * @param secretFile where a generated secret is kept between runs
 * @param issuer     the {@code iss} every token must carry
 * @param clockSkew  how far {@code exp} and {@code nbf} may be off
 */
@Validated
@ConfigurationProperties("taskapi.auth.jwt")
public record JwtProperties(
        @Nullable String secret,
        @NotNull Path secretFile,
        @NotBlank @DefaultValue("taskapi") String issuer,
        @NotNull @DefaultValue("60s") Duration clockSkew) {

    /** Never printed: the record's own toString would include the secret. */
    @Override
    public String toString() {
        return "JwtProperties[issuer=" + issuer + ", clockSkew=" + clockSkew + "]";
    }
}
