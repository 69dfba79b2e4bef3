package dev.taskapi.sdk;

import java.util.Objects;

import dev.taskapi.client.api.UsersApi;
import dev.taskapi.client.model.User;
import dev.taskapi.client.model.UserPatch;

import static dev.taskapi.sdk.Calls.Access.AUTHENTICATED;
import static dev.taskapi.sdk.Calls.Repeat.SAFE;
import static dev.taskapi.sdk.Calls.Repeat.UNSAFE;

/** The caller's own account ({@code /api/v1/users/me}). Get it from {@link TaskApiClient#users()}; thread-safe. */
public final class Users {

    private final UsersApi api;
    private final Calls calls;

    Users(UsersApi api, Calls calls) {
        this.api = api;
        this.calls = calls;
    }

    /** The caller's account; created on its first request, on the free tier. */
    public User me() {
        return calls.send(AUTHENTICATED, SAFE, api::getCurrentUserWithHttpInfo).getData();
    }

    /** Changes the display name: {@code displayName(null)} clears it. */
    public User updateMe(UserPatch patch) {
        Objects.requireNonNull(patch, "patch");
        return calls.send(AUTHENTICATED, UNSAFE, headers -> api.updateCurrentUserWithHttpInfo(patch, headers)).getData();
    }

    /** Deletes the caller's account, every task and every session of it, for good. */
    public void deleteMe() {
        calls.send(AUTHENTICATED, SAFE, api::deleteCurrentUserWithHttpInfo);
    }
}
