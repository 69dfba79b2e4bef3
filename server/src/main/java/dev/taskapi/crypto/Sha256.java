package dev.taskapi.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text (UTF-8): how idempotency fingerprints, stored refresh and reset tokens, cached token
 * keys and rate-limit email keys are made, so none of them keeps the original.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }
}
