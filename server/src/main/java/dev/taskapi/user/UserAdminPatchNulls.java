package dev.taskapi.user;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.taskapi.api.model.Tier;
import dev.taskapi.api.model.UserAdminPatch;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * An account always has a tier, roles and a disabled flag, so {@code null} cannot mean "remove" in this
 * merge patch: it is a 422 naming the field rather than a change silently ignored.
 */
@JacksonMixin(UserAdminPatch.class)
abstract class UserAdminPatchNulls {

    @JsonSetter(nulls = Nulls.FAIL)
    abstract void setTier(Tier tier);

    @JsonSetter(nulls = Nulls.FAIL)
    abstract void setRoles(Set<String> roles);

    @JsonSetter(nulls = Nulls.FAIL)
    abstract void setDisabled(Boolean disabled);
}
