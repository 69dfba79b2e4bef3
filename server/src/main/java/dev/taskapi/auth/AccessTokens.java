package dev.taskapi.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs the built-in issuer's access tokens: RS256, short-lived, with the claims RFC 9068 names. */
public class AccessTokens {

    /** The user's token version when the token was issued; see {@code users.token_version}. */
    static final String VERSION_CLAIM = "ver";

    private final SigningKeys keys;
    private final AuthProperties.BuiltIn settings;
    private final Clock clock;

    AccessTokens(SigningKeys keys, AuthProperties.BuiltIn settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** An access token for the user with our id {@code userId}, which is also its subject. */
    public String issue(UUID userId, List<String> roles, int tokenVersion) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(userId.toString())
                .audience(settings.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.accessTokenTtl())))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", "tasks")
                .claim("roles", roles)
                .claim(VERSION_CLAIM, tokenVersion)
                .build();
        SigningKeys.Signer signer = keys.signer();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.kid())
                .type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(signer.key()));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Could not sign an access token", ex);
        }
        return jwt.serialize();
    }

    public Duration lifetime() {
        return settings.accessTokenTtl();
    }

    public Duration refreshLifetime() {
        return settings.refreshTokenTtl();
    }
}
