package dev.taskapi.auth;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import com.nimbusds.jose.util.Base64URL;

/** Nimbus's verifiers for RSA and EC, and the JDK's {@code Ed25519} signature for EdDSA. */
final class SignatureVerifiers implements JWSVerifierFactory {

    private final DefaultJWSVerifierFactory nimbus = new DefaultJWSVerifierFactory();

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        if (key instanceof EdECPublicKey edKey) {
            return new Ed25519Verifier(edKey);
        }
        return nimbus.createJWSVerifier(header, key);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return nimbus.supportedJWSAlgorithms();
    }

    @Override
    public com.nimbusds.jose.jca.JCAContext getJCAContext() {
        return nimbus.getJCAContext();
    }

    private static final class Ed25519Verifier extends BaseJWSProvider implements JWSVerifier {

        private final PublicKey key;

        Ed25519Verifier(PublicKey key) {
            super(Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519));
            this.key = key;
        }

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
            if (!supportedJWSAlgorithms().contains(header.getAlgorithm())) {
                return false;
            }
            try {
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature.decode());
            }
            catch (GeneralSecurityException ex) {
                return false;
            }
        }
    }
}
