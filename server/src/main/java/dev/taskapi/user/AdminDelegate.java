package dev.taskapi.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.taskapi.api.AdminApiDelegate;
import dev.taskapi.api.model.UserAdminPatch;
import dev.taskapi.api.model.UserPage;
import dev.taskapi.web.FieldViolation;
import dev.taskapi.web.RequestValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code /api/v1/admin/users}: every account, for callers with the {@code admin} role. */
@Component
class AdminDelegate implements AdminApiDelegate {

    private final UserService users;

    AdminDelegate(UserService users) {
        this.users = users;
    }

    @Override
    public ResponseEntity<UserPage> listUsers(@Nullable String email, Integer limit, @Nullable String cursor) {
        UserCursor after = null;
        if (cursor != null) {
            after = UserCursor.decode(cursor);
            if (after == null) {
                throw new RequestValidationException(new FieldViolation("cursor",
                        "is not a cursor of this list; start again without it", "invalid_value"));
            }
        }
        // One more than asked tells whether another page follows, without a count.
        List<User> found = users.page(email, after, limit + 1);
        boolean more = found.size() > limit;
        List<User> page = more ? found.subList(0, limit) : found;
        User last = page.isEmpty() ? null : page.get(page.size() - 1);
        return ResponseEntity.ok(new UserPage()
                .items(new ArrayList<>(page.stream().map(UserMapper::toApi).toList()))
                .nextCursor(more && last != null ? new UserCursor(last.createdAt(), last.id()).encode() : null));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.User> updateUser(UUID userId, UserAdminPatch patch) {
        User user = users.administer(userId,
                patch.getTier() == null ? null : UserMapper.fromApi(patch.getTier()),
                patch.getRoles() == null ? null : List.copyOf(patch.getRoles()),
                patch.getDisabled());
        return ResponseEntity.ok(UserMapper.toApi(user));
    }
}
