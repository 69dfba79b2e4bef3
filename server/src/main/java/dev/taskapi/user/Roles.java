package dev.taskapi.user;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Roles as a PostgreSQL array literal. The spec allows only {@code [a-z][a-z0-9_-]*}, so no character needs
 * escaping, but every element is quoted: unquoted, a role named {@code null} would be stored as NULL.
 */
final class Roles {

    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_-]*");

    private Roles() {
    }

    static String literal(List<String> roles) {
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("Not a role name: " + role);
            }
        }
        return roles.stream().distinct().map(role -> '"' + role + '"').collect(Collectors.joining(",", "{", "}"));
    }
}
