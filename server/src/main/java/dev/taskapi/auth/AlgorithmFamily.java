package dev.taskapi.auth;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * Shared-secret and public-key signatures never meet in one decoder: a verifier that accepted both could
 * be tricked into checking an HS256 signature with a public key as the secret (algorithm confusion).
 */
enum AlgorithmFamily {
    HMAC, PUBLIC_KEY, UNSUPPORTED;

    static AlgorithmFamily of(JWSAlgorithm algorithm) {
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            return HMAC;
        }
        if (JWSAlgorithm.Family.SIGNATURE.contains(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm)) {
            return PUBLIC_KEY;
        }
        return UNSUPPORTED;
    }
}
