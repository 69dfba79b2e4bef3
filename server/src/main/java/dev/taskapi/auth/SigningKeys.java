package dev.taskapi.auth;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The built-in issuer's RSA signing keys, kept in the database so every instance signs with the same key
 * and tokens survive restarts. The newest unretired key signs. After {@code rotation}, a new key takes
 * over and the old one is retired; it stays published until the last token it signed has expired.
 */
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuthProperties.BuiltIn settings;

    /**
     * How long the published keys are served from memory. Anyone may ask for them, unthrottled, so a flood
     * of requests costs one query a second; another instance's new key shows here within that second.
     */
    private static final Duration PUBLISHED_FRESHNESS = Duration.ofSeconds(1);

    private volatile @Nullable Signer signer;
    private volatile @Nullable Published published;
    /** Counts this instance's key changes, so that keys read before one are never served after it. */
    private final AtomicLong keyChanges = new AtomicLong();

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AuthProperties.BuiltIn settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** The key that signs now, with its id; a new one is made on first use or when the current one is due. */
    Signer signer() {
        Signer current = signer;
        if (current == null || current.createdAt().plus(settings.keyRotation()).isBefore(clock.instant())) {
            current = loadOrRotate();
            signer = current;
            keyChanges.incrementAndGet();
        }
        return current;
    }

    /**
     * The public keys a token of ours may have been signed with (the active one and those still in use), as
     * read at most a second ago: what anyone may fetch.
     */
    public JWKSet published() {
        Instant now = clock.instant();
        long changes = keyChanges.get();
        Published current = published;
        if (current == null || current.keyChanges() != changes
                || !current.readAt().plus(PUBLISHED_FRESHNESS).isAfter(now)) {
            current = new Published(publishedNow(), now, changes);
            published = current;
        }
        return current.keys();
    }

    /** The same keys read now, for verification, which has its own limit on how often it reads them. */
    JWKSet publishedNow() {
        Instant oldestInUse = clock.instant().minus(settings.accessTokenTtl());
        List<RSAKey> keys = jdbc.sql("""
                        SELECT kid, public_key FROM signing_keys
                        WHERE retired_at IS NULL OR retired_at > :oldestInUse
                        ORDER BY created_at DESC
                        """)
                .param("oldestInUse", java.sql.Timestamp.from(oldestInUse))
                .query((rs, row) -> publicJwk(rs.getString("kid"), rs.getBytes("public_key")))
                .list();
        return new JWKSet(List.copyOf(keys));
    }

    /** Retires the signing key now and makes a new one, as {@link #signer()} does once the key is due. */
    void rotate() {
        transactions.executeWithoutResult(status -> {
            lock();
            jdbc.sql("UPDATE signing_keys SET retired_at = now() WHERE retired_at IS NULL").update();
            insertNewKey();
        });
        signer = null;
        keyChanges.incrementAndGet();
    }

    /** The keys as read at a moment, and how many key changes this instance had made before the read. */
    private record Published(JWKSet keys, Instant readAt, long keyChanges) {
    }

    private Signer loadOrRotate() {
        return transactions.execute(status -> {
            Signer active = findActive();
            if (active != null && !isDue(active)) {
                return active;
            }
            // Instances starting together must agree on one key: the lock makes the check-and-insert atomic.
            lock();
            active = findActive();
            if (active == null || isDue(active)) {
                jdbc.sql("UPDATE signing_keys SET retired_at = now() WHERE retired_at IS NULL").update();
                insertNewKey();
                active = findActive();
            }
            return active;
        });
    }

    private boolean isDue(Signer active) {
        return active.createdAt().plus(settings.keyRotation()).isBefore(clock.instant());
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('taskapi.signing_keys'))").query().singleRow();
    }

    private @Nullable Signer findActive() {
        return jdbc.sql("""
                        SELECT kid, private_key, created_at FROM signing_keys
                        WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1
                        """)
                .query((rs, row) -> new Signer(rs.getString("kid"), privateKey(rs.getBytes("private_key")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional().orElse(null);
    }

    private void insertNewKey() {
        KeyPair pair = generate();
        String kid = KID_DATE.format(clock.instant()) + "-" + HexFormat.of().toHexDigits(UUID.randomUUID()
                .getMostSignificantBits()).substring(0, 8);
        jdbc.sql("INSERT INTO signing_keys (kid, algorithm, private_key, public_key) VALUES (:kid, 'RS256', :priv, :pub)")
                .param("kid", kid)
                .param("priv", pair.getPrivate().getEncoded())
                .param("pub", pair.getPublic().getEncoded())
                .update();
        log.info("Generated signing key {} for the built-in issuer", kid);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", ex);
        }
    }

    private static RSAPrivateKey privateKey(byte[] pkcs8) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("A stored signing key cannot be read", ex);
        }
    }

    private static RSAKey publicJwk(String kid, byte[] x509) {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
            return new RSAKey.Builder(key).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        }
        catch (java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("A stored signing key cannot be read", ex);
        }
    }

    /** A private key and the id tokens name it by. */
    record Signer(String kid, RSAPrivateKey key, Instant createdAt) {
        @Override
        public String toString() {
            return "Signer[kid=" + kid + "]";
        }
    }
}
