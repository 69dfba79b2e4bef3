package dev.taskapi.user;

import dev.taskapi.api.UsersApiDelegate;
import dev.taskapi.api.model.UserPatch;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code /api/v1/users/me}: the caller's own account. */
@Component
class UsersDelegate implements UsersApiDelegate {

    private final CurrentUser currentUser;
    private final UserService users;

    UsersDelegate(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.User> getCurrentUser() {
        return ResponseEntity.ok(UserMapper.toApi(currentUser.get()));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.User> updateCurrentUser(UserPatch patch) {
        User user = currentUser.get();
        if (patch.getDisplayName().isPresent()) {
            user = users.rename(user.id(), patch.getDisplayName().get());
        }
        return ResponseEntity.ok(UserMapper.toApi(user));
    }

    @Override
    public ResponseEntity<Void> deleteCurrentUser() {
        users.delete(currentUser.get().id());
        return ResponseEntity.noContent().build();
    }
}
