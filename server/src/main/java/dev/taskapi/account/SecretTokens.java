package dev.taskapi.account;

import java.security.SecureRandom;
import java.util.Base64;

import dev.taskapi.crypto.Sha256;

/**
 * Opaque tokens (refresh and reset tokens): 256 random bits, base64url. Only their SHA-256 is stored; a
 * plain hash suffices because the token, unlike a password, has full entropy.
 */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        return Sha256.of(token);
    }
}
