package dev.taskapi.auth;

import java.security.Key;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Picks the public key a token's header points at, for the algorithms its issuer allows: RSA and EC keys
 * as Nimbus does, and Ed25519 keys (Better Auth's default), which Nimbus leaves to an optional library,
 * as the JDK's own {@code Ed25519} keys.
 */
final class PublicKeySelector implements JWSKeySelector<SecurityContext> {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410); the raw key follows. */
    private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final Set<JWSAlgorithm> allowed;
    private final JWKSource<SecurityContext> keys;

    PublicKeySelector(Set<JWSAlgorithm> allowed, JWKSource<SecurityContext> keys) {
        this.allowed = Set.copyOf(allowed);
        this.keys = keys;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!allowed.contains(algorithm)) {
            return List.of();
        }
        List<Key> result = new ArrayList<>();
        for (JWK jwk : keys.get(new JWKSelector(matcher(header)), context)) {
            try {
                result.add(toPublicKey(jwk));
            }
            catch (JOSEException | java.security.GeneralSecurityException ex) {
                // A key we cannot read verifies nothing; another key with the same id may still match.
            }
        }
        return result;
    }

    private static JWKMatcher matcher(JWSHeader header) {
        JWSAlgorithm algorithm = header.getAlgorithm();
        JWKMatcher.Builder matcher = new JWKMatcher.Builder()
                .keyID(header.getKeyID())
                .keyUses(KeyUse.SIGNATURE, null);
        if (JWSAlgorithm.Family.RSA.contains(algorithm)) {
            return matcher.keyType(KeyType.RSA).algorithms(algorithm, null).build();
        }
        if (JWSAlgorithm.Family.EC.contains(algorithm)) {
            return matcher.keyType(KeyType.EC).curves(Curve.forJWSAlgorithm(algorithm)).algorithms(algorithm, null)
                    .build();
        }
        // "EdDSA" and the newer, fully specified "Ed25519" name the same signatures.
        return matcher.keyType(KeyType.OKP).curve(Curve.Ed25519)
                .algorithms(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519, null).build();
    }

    private static Key toPublicKey(JWK jwk) throws JOSEException, java.security.GeneralSecurityException {
        if (jwk instanceof RSAKey rsa) {
            return rsa.toRSAPublicKey();
        }
        if (jwk instanceof ECKey ec) {
            return ec.toECPublicKey();
        }
        if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            byte[] raw = okp.getX().decode();
            byte[] encoded = new byte[ED25519_X509_PREFIX.length + raw.length];
            System.arraycopy(ED25519_X509_PREFIX, 0, encoded, 0, ED25519_X509_PREFIX.length);
            System.arraycopy(raw, 0, encoded, ED25519_X509_PREFIX.length, raw.length);
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        }
        throw new JOSEException("Unsupported key type " + jwk.getKeyType());
    }
}
