package dev.taskapi.sdk;

import java.util.Objects;

import dev.taskapi.client.api.AuthenticationApi;
import dev.taskapi.client.model.PasswordChangeRequest;
import dev.taskapi.client.model.PasswordResetConfirmation;
import dev.taskapi.client.model.PasswordResetRequest;
import dev.taskapi.client.model.RegisterRequest;
import dev.taskapi.client.model.Registration;
import org.jspecify.annotations.Nullable;

import static dev.taskapi.sdk.Calls.Access.AUTHENTICATED;
import static dev.taskapi.sdk.Calls.Access.PUBLIC;
import static dev.taskapi.sdk.Calls.Repeat.UNSAFE;

/**
 * Accounts and sessions of the built-in identity provider ({@code /api/v1/auth}). Get it from
 * {@link TaskApiClient#auth()}; thread-safe. Signing in and refreshing tokens need no call here: a client
 * built with {@link TaskApiClient.Builder#credentials credentials} does both by itself.
 */
public final class Auth {

    private final AuthenticationApi api;
    private final Calls calls;
    private final @Nullable BuiltInSession session;

    Auth(AuthenticationApi api, Calls calls, @Nullable BuiltInSession session) {
        this.api = api;
        this.calls = calls;
        this.session = session;
    }

    /**
     * Creates an account. The answer holds the account and a first token pair; this client's own session is
     * not touched (a client with these credentials signs in by itself).
     *
     * @throws ConflictException with {@code error} {@code email_taken} when the email has an account already
     */
    public Registration register(RegisterRequest account) {
        Objects.requireNonNull(account, "account");
        return calls.send(PUBLIC, UNSAFE, headers -> api.registerWithHttpInfo(account, headers)).getData();
    }

    /**
     * Signs in now rather than on the first request, to learn early that the credentials are wrong.
     *
     * @throws UnauthorizedException with {@code error} {@code invalid_credentials} for a wrong email or password
     */
    public void signIn() {
        requireSession().signIn();
    }

    /**
     * Ends this client's session: its refresh token, and every token descended from the same sign-in, stop
     * working. A later request signs in again with the credentials.
     */
    public void logout() {
        requireSession().logout();
    }

    /** Ends every session of the caller, on every device, this one included. */
    public void logoutAll() {
        calls.send(AUTHENTICATED, UNSAFE, api::logoutAllWithHttpInfo);
        if (session != null) {
            session.forget(null);
        }
    }

    /**
     * Changes the caller's password; every session of the caller ends. This client signs in again with the
     * new password on its next request.
     *
     * @throws ForbiddenException when the current password is wrong
     */
    public void changePassword(String currentPassword, String newPassword) {
        PasswordChangeRequest change = new PasswordChangeRequest()
                .currentPassword(Objects.requireNonNull(currentPassword, "currentPassword"))
                .newPassword(Objects.requireNonNull(newPassword, "newPassword"));
        calls.send(AUTHENTICATED, UNSAFE, headers -> api.changePasswordWithHttpInfo(change, headers));
        if (session != null) {
            session.forget(newPassword);
        }
    }

    /** Mails a single-use reset token to the account with this email, if there is one (the answer never says). */
    public void requestPasswordReset(String email) {
        PasswordResetRequest request = new PasswordResetRequest().email(Objects.requireNonNull(email, "email"));
        calls.send(PUBLIC, UNSAFE, headers -> api.requestPasswordResetWithHttpInfo(request, headers));
    }

    /**
     * Sets a new password with a mailed reset token; every session of the account ends.
     *
     * @throws BadRequestException when the token is unknown, used or expired
     */
    public void confirmPasswordReset(String resetToken, String newPassword) {
        PasswordResetConfirmation confirmation = new PasswordResetConfirmation()
                .token(Objects.requireNonNull(resetToken, "resetToken"))
                .newPassword(Objects.requireNonNull(newPassword, "newPassword"));
        calls.send(PUBLIC, UNSAFE, headers -> api.confirmPasswordResetWithHttpInfo(confirmation, headers));
    }

    private BuiltInSession requireSession() {
        if (session == null) {
            throw new IllegalStateException("This client does not sign in with the built-in identity provider;"
                    + " build it with credentials(email, password) or refreshToken(token)");
        }
        return session;
    }
}
