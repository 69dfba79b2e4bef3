package dev.taskapi.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import dev.taskapi.config.InvalidSettingException;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL connection as JDBC wants it. Hosted providers hand out {@code postgresql://user:pass@host/db?sslmode=require};
 * JDBC wants the credentials apart and the {@code jdbc:} prefix, so this translates one into the other.
 */
public record DatabaseUrl(String jdbcUrl, @Nullable String username, @Nullable String password) {

    private static final String SETTING = "DATABASE_URL";

    public static DatabaseUrl parse(String url) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(trimmed, null, null);
        }
        if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
            throw new InvalidSettingException(SETTING,
                    "DATABASE_URL must start with postgresql://, postgres:// or jdbc:postgresql://.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        }
        catch (URISyntaxException ex) {
            // The cause is dropped on purpose: its message repeats the URL, password included.
            throw new InvalidSettingException(SETTING, "DATABASE_URL is not a valid URL.");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new InvalidSettingException(SETTING,
                    "DATABASE_URL must name a host and a database (postgresql://host/db).");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            jdbc.append('?').append(uri.getRawQuery());
        }
        String username = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        return new DatabaseUrl(jdbc.toString(), username, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The URL without credentials, safe for a log line. */
    @Override
    public String toString() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
