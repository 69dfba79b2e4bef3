package dev.taskapi.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A real key pair made in the test, as an identity provider would hold it: it signs tokens and
 * publishes its public half as a JWK. RSA (RS256), EC P-256 (ES256) and Ed25519 (EdDSA).
 */
public final class TestSigningKey {

    private final JWSAlgorithm algorithm;
    private final String kid;
    private final JWK publicJwk;
    private final JWSSigner signer;

    private TestSigningKey(JWSAlgorithm algorithm, String kid, JWK publicJwk, JWSSigner signer) {
        this.algorithm = algorithm;
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.signer = signer;
    }

    public static TestSigningKey rsa() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(newKid()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            return new TestSigningKey(JWSAlgorithm.RS256, key.getKeyID(), key.toPublicJWK(), new RSASSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static TestSigningKey ec() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(newKid()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
            return new TestSigningKey(JWSAlgorithm.ES256, key.getKeyID(), key.toPublicJWK(), new ECDSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Ed25519 with the JDK's own implementation, the way Better Auth publishes it ({@code "alg":"EdDSA"}). */
    public static TestSigningKey ed25519() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            String kid = newKid();
            JWK jwk = new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).keyID(kid)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.EdDSA).build();
            return new TestSigningKey(JWSAlgorithm.EdDSA, kid, jwk, new JdkEd25519Signer(pair.getPrivate()));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public JWK publicJwk() {
        return publicJwk;
    }

    public String kid() {
        return kid;
    }

    /** The JWKS document a provider would serve with these keys. */
    public static String jwks(TestSigningKey... keys) {
        return new JWKSet(Arrays.stream(keys).map(TestSigningKey::publicJwk).toList()).toString(true);
    }

    /** A valid token of {@code issuer}, changed by the caller. */
    public String sign(String issuer, Consumer<JWTClaimsSet.Builder> customizer) {
        return sign(issuer, kid, customizer);
    }

    /** Like {@link #sign(String, Consumer)}, but naming another key id in the header. */
    public String sign(String issuer, String headerKid, Consumer<JWTClaimsSet.Builder> customizer) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
        customizer.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(headerKid).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(signer);
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }

    private static String newKid() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class JdkEd25519Signer extends BaseJWSProvider implements JWSSigner {

        private final PrivateKey key;

        JdkEd25519Signer(PrivateKey key) {
            super(Set.of(JWSAlgorithm.EdDSA));
            this.key = key;
        }

        @Override
        public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(key);
                signature.update(signingInput);
                return Base64URL.encode(signature.sign());
            }
            catch (GeneralSecurityException ex) {
                throw new JOSEException("Ed25519 signing failed", ex);
            }
        }
    }
}
