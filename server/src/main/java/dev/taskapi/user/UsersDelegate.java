package dev.taskapi.user;

import java.time.ZoneOffset;
import java.util.Locale;

import dev.taskapi.api.UsersApiDelegate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code /api/v1/users}: the operations of the {@code Users} tag. */
@Component
class UsersDelegate implements UsersApiDelegate {

    private final CurrentUser currentUser;

    UsersDelegate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.User> getCurrentUser() {
        return ResponseEntity.ok(toApi(currentUser.get()));
    }

    static dev.taskapi.api.model.User toApi(User user) {
        return new dev.taskapi.api.model.User()
                .id(user.id())
                .subject(user.subject())
                .issuer(user.issuer())
                .email(user.email())
                .displayName(user.displayName())
                .tier(dev.taskapi.api.model.Tier.fromValue(user.tier().name().toLowerCase(Locale.ROOT)))
                .roles(new java.util.LinkedHashSet<>(user.roles()))
                .createdAt(user.createdAt().atOffset(ZoneOffset.UTC));
    }
}
