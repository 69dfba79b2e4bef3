package dev.taskapi.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Real HS256 tokens, signed with the secret the test server is configured with. */
public final class TestTokens {

    public static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    public static final String ISSUER = "taskapi-test";
    /** The subject the test configuration names as an administrator. */
    public static final String ADMIN_SUBJECT = "test-admin";

    private TestTokens() {
    }

    /** A valid token for a subject; each call with a new subject is a new user. */
    public static String forSubject(String subject) {
        return sign(claims -> claims.subject(subject));
    }

    /** A token for a subject nobody else uses. */
    public static String forNewUser() {
        return forSubject("user-" + UUID.randomUUID());
    }

    /** A valid token, changed by the caller (to be invalid in one specific way, say). */
    public static String sign(Consumer<JWTClaimsSet.Builder> customizer) {
        return sign(SECRET, customizer);
    }

    public static String sign(String secret, Consumer<JWTClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
        customizer.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
