import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints an HS256 access token for a local server, with nothing but a JDK:
 *
 *   java server/dev/MintToken.java [subject] [minutes]
 *
 * It signs with TASKAPI_JWT_SECRET when set, otherwise with the development secret the server
 * generated in its data directory (TASKAPI_DATA_DIR, default ~/.taskapi) on its first start.
 */
public class MintToken {

    public static void main(String[] args) throws Exception {
        String subject = args.length > 0 ? args[0] : "dev-user";
        long minutes = args.length > 1 ? Long.parseLong(args[1]) : 60;
        String issuer = envOr("TASKAPI_JWT_ISSUER", "taskapi");
        String secret = System.getenv("TASKAPI_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            Path dataDir = Path.of(envOr("TASKAPI_DATA_DIR", System.getProperty("user.home") + "/.taskapi"));
            Path file = dataDir.resolve("jwt-secret");
            if (!Files.exists(file)) {
                System.err.println("No " + file + " yet: start the server once, or set TASKAPI_JWT_SECRET.");
                System.exit(1);
            }
            secret = Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = String.format(
                "{\"iss\":\"%s\",\"sub\":\"%s\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}",
                issuer, subject, now, now + minutes * 60, UUID.randomUUID());
        String unsigned = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        System.out.println(unsigned + "." + base64(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII))));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
