package dev.taskapi.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user of the service, known by the issuer of its tokens and its subject within that issuer.
 * {@code id} is ours, stable even if the user later signs in through another issuer's account link.
 */
@Table("users")
public record User(
        @Id UUID id,
        String issuer,
        String subject,
        @Nullable String email,
        @Nullable String displayName,
        Tier tier,
        List<String> roles,
        boolean disabled,
        Instant createdAt,
        int tokenVersion) {

    /** Whether {@code userId} (from a URL) names this user: by our id or by the subject of its tokens. */
    public boolean isNamedBy(String userId) {
        return subject.equals(userId) || id.toString().equalsIgnoreCase(userId);
    }
}
