package dev.taskapi.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import dev.taskapi.config.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HS256 key, from configuration or, for the zero-configuration default, from a file we generate once. */
final class SharedSecret {

    static final int MIN_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(SharedSecret.class);

    private SharedSecret() {
    }

    static SecretKey resolve(JwtProperties properties) {
        String secret = properties.secret();
        if (secret == null || secret.isBlank()) {
            secret = readOrGenerate(properties.secretFile());
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new InvalidSettingException("TASKAPI_JWT_SECRET", "TASKAPI_JWT_SECRET must be at least " + MIN_BYTES
                    + " bytes (256 bits); it has " + bytes.length + ".");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            restrictToOwner(file);
            log.warn("No TASKAPI_JWT_SECRET is set: generated a development secret in {}. "
                    + "Set TASKAPI_JWT_SECRET on every instance in production.", file);
            return secret;
        }
        catch (IOException ex) {
            throw new InvalidSettingException("TASKAPI_JWT_SECRET", "TASKAPI_JWT_SECRET is not set and the development "
                    + "secret file " + file + " could not be read or created; set TASKAPI_JWT_SECRET or make "
                    + "TASKAPI_DATA_DIR writable.", ex);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
