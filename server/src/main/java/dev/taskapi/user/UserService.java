package dev.taskapi.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    public static final String ADMIN_ROLE = "admin";

    private final UserRepository users;

    UserService(UserRepository users) {
        this.users = users;
    }

    /**
     * The user behind a verified token, created on its first request (tier {@code free}). The common
     * case, a known user, costs one indexed read. A user the configuration names as an administrator gets
     * the {@code admin} role on its next request. Every statement stands alone (no transaction, which
     * would cost a COMMIT round trip on every request): the unique key settles concurrent first requests.
     */
    public User findOrCreate(String issuer, String subject, @Nullable String email, boolean configuredAdmin) {
        User user = users.findByIssuerAndSubject(issuer, subject).orElseGet(() -> {
            users.insertIfAbsent(UUID.randomUUID(), issuer, subject, email, null, Roles.literal(List.of()));
            return reload(issuer, subject);
        });
        return promotedIfConfigured(user, configuredAdmin);
    }

    /**
     * The user behind a verified token of an issuer whose accounts are created only by signing up (the
     * built-in one): empty once the account is deleted, never created again by a token issued before.
     */
    public Optional<User> findExisting(String issuer, String subject, boolean configuredAdmin) {
        return users.findByIssuerAndSubject(issuer, subject).map(user -> promotedIfConfigured(user, configuredAdmin));
    }

    private User promotedIfConfigured(User user, boolean configuredAdmin) {
        if (configuredAdmin && !user.roles().contains(ADMIN_ROLE)) {
            users.addRole(user.id(), ADMIN_ROLE);
            return reload(user.issuer(), user.subject());
        }
        return user;
    }

    /** A user of the built-in identity provider, whose subject is its own id. */
    @Transactional
    public User createLocal(UUID id, String issuer, String email, @Nullable String displayName) {
        users.insertIfAbsent(id, issuer, id.toString(), email, displayName, Roles.literal(List.of()));
        return reload(issuer, id.toString());
    }

    public Optional<User> find(UUID id) {
        return users.findById(id);
    }

    @Transactional
    public User rename(UUID id, @Nullable String displayName) {
        return users.updateDisplayName(id, displayName).orElseThrow(UserNotFoundException::new);
    }

    /** Ends every access token the built-in issuer gave this user until now (they carry the old version). */
    @Transactional
    public void revokeSessions(UUID id) {
        users.revokeSessions(id);
    }

    @Transactional
    public void delete(UUID id) {
        users.deleteUser(id);
    }

    /** An administrator's change; absent (null) fields stay as they are. */
    @Transactional
    public User administer(UUID id, @Nullable Tier tier, @Nullable List<String> roles, @Nullable Boolean disabled) {
        return users.updateAdministered(id, tier == null ? null : tier.name(),
                roles == null ? null : Roles.literal(roles), disabled).orElseThrow(UserNotFoundException::new);
    }

    /** One page of users, newest first; {@code after} is the last user of the previous page. */
    public List<User> page(@Nullable String emailContains, @Nullable UserCursor after, int limit) {
        String pattern = emailContains == null ? null
                : "%" + emailContains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Instant afterCreatedAt = after == null ? null : after.createdAt();
        UUID afterId = after == null ? null : after.id();
        return users.page(pattern, afterCreatedAt, afterId, limit);
    }

    private User reload(String issuer, String subject) {
        return users.findByIssuerAndSubject(issuer, subject)
                .orElseThrow(() -> new IllegalStateException("A user row vanished right after its write"));
    }
}
