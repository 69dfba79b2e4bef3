package dev.taskapi.user;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;

import dev.taskapi.api.model.Tier;

/** The one place where a user becomes the spec's {@code User}. */
public final class UserMapper {

    private UserMapper() {
    }

    public static dev.taskapi.api.model.User toApi(User user) {
        return new dev.taskapi.api.model.User()
                .id(user.id())
                .subject(user.subject())
                .issuer(user.issuer())
                .email(user.email())
                .displayName(user.displayName())
                .tier(Tier.fromValue(user.tier().name().toLowerCase(Locale.ROOT)))
                .roles(new LinkedHashSet<>(user.roles()))
                .disabled(user.disabled())
                .createdAt(user.createdAt().atOffset(ZoneOffset.UTC));
    }

    static dev.taskapi.user.Tier fromApi(Tier tier) {
        return dev.taskapi.user.Tier.valueOf(tier.getValue().toUpperCase(Locale.ROOT));
    }
}
