package dev.taskapi.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowMapper;

/**
 * A {@code users} row as a {@link User}, column by column. Every authenticated request reads its user, so
 * this runs once per request: written out, it costs a fraction of the reflective mapping.
 */
final class UserRowMapper implements RowMapper<User> {

    @Override
    public User mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("issuer"),
                rs.getString("subject"),
                rs.getString("email"),
                rs.getString("display_name"),
                Tier.valueOf(rs.getString("tier")),
                roles(rs.getArray("roles")),
                rs.getBoolean("disabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("token_version"));
    }

    private static List<String> roles(Array array) throws SQLException {
        try {
            // A NULL element names no role (rows written before roles were quoted may hold one).
            return Stream.of((String[]) array.getArray()).filter(Objects::nonNull).toList();
        }
        finally {
            array.free();
        }
    }
}
