package dev.taskapi.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import dev.taskapi.client.api.AuthenticationApi;
import dev.taskapi.client.model.LoginRequest;
import dev.taskapi.client.model.RefreshTokenRequest;
import dev.taskapi.client.model.TokenPair;
import org.jspecify.annotations.Nullable;

/**
 * A session with the built-in identity provider: signs in when the first request needs a token, refreshes
 * the access token shortly before it expires (by {@code expires_in}) and once more when the API answers 401,
 * and signs in again with the credentials when the refresh token is no longer accepted.
 * <p>
 * Refresh tokens rotate: each works once, and presenting one twice ends the whole session. So every renewal
 * happens under one lock, only the newest refresh token is ever kept, and a thread that finds the token
 * already renewed by another uses the new one instead of refreshing again.
 */
final class BuiltInSession implements Authenticator {

    /** The most a token is renewed ahead of its expiry; short-lived tokens are renewed at 90 % of their life. */
    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofSeconds(60);

    private record Tokens(String access, Instant renewAt, String refresh, Instant refreshExpiresAt) {
    }

    private final AuthenticationApi api;
    private final Calls calls;
    private final Clock clock;
    private final Consumer<TokenPair> listener;
    private final ReentrantLock lock = new ReentrantLock();

    private final @Nullable String email;
    private @Nullable String password;
    /** A refresh token given to the builder, to resume a session; used once, then forgotten. */
    private @Nullable String resumeWith;
    private volatile @Nullable Tokens tokens;

    BuiltInSession(AuthenticationApi api, Calls publicCalls, Clock clock, Consumer<TokenPair> listener,
                   @Nullable String email, @Nullable String password, @Nullable String refreshToken) {
        this.api = api;
        this.calls = publicCalls;
        this.clock = clock;
        this.listener = listener;
        this.email = email;
        this.password = password;
        this.resumeWith = refreshToken;
    }

    @Override
    public String accessToken() {
        Tokens current = tokens;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.access();
        }
        lock.lock();
        try {
            current = tokens;
            if (current != null && clock.instant().isBefore(current.renewAt())) {
                return current.access();
            }
            return renew(current).access();
        }
        finally {
            lock.unlock();
        }
    }

    @Override
    public boolean renewAfterRejection(String rejectedToken) {
        lock.lock();
        try {
            Tokens current = tokens;
            if (current != null && !current.access().equals(rejectedToken)) {
                return true; // another thread renewed it meanwhile
            }
            renew(current);
            return true;
        }
        finally {
            lock.unlock();
        }
    }

    /** Signs in now, unless a valid access token is at hand. */
    void signIn() {
        accessToken();
    }

    /** Revokes this session's refresh token (and with it the session) and forgets the tokens. */
    void logout() {
        lock.lock();
        try {
            Tokens current = tokens;
            tokens = null;
            resumeWith = null;
            if (current != null) {
                calls.send(Calls.Access.PUBLIC, Calls.Repeat.UNSAFE, headers -> api.logoutWithHttpInfo(
                        new RefreshTokenRequest().refreshToken(current.refresh()), headers));
            }
        }
        finally {
            lock.unlock();
        }
    }

    /** Forgets the tokens (the API has revoked them), and from now on signs in with this password if given. */
    void forget(@Nullable String newPassword) {
        lock.lock();
        try {
            tokens = null;
            resumeWith = null;
            if (newPassword != null) {
                password = newPassword;
            }
        }
        finally {
            lock.unlock();
        }
    }

    /** Called with the lock held. */
    private Tokens renew(@Nullable Tokens current) {
        String refreshToken = current != null ? current.refresh() : resumeWith;
        resumeWith = null;
        if (refreshToken != null && (current == null || clock.instant().isBefore(current.refreshExpiresAt()))) {
            try {
                TokenPair pair = calls.send(Calls.Access.PUBLIC, Calls.Repeat.UNSAFE, headers -> api.refreshTokensWithHttpInfo(
                        new RefreshTokenRequest().refreshToken(refreshToken), headers)).getData();
                return adopt(pair);
            }
            catch (UnauthorizedException | BadRequestException | ValidationException ex) {
                // Expired, revoked, or used already: the session is over. Start a new one if we can.
                tokens = null;
                if (email == null || password == null) {
                    throw ex;
                }
            }
        }
        if (email == null || password == null) {
            throw new IllegalStateException("Signed out, and no credentials to sign in again with");
        }
        LoginRequest login = new LoginRequest().email(email).password(password);
        TokenPair pair = calls.send(Calls.Access.PUBLIC, Calls.Repeat.UNSAFE,
                headers -> api.loginWithHttpInfo(login, headers)).getData();
        return adopt(pair);
    }

    private Tokens adopt(TokenPair pair) {
        Instant now = clock.instant();
        Duration lifetime = Duration.ofSeconds(pair.getExpiresIn());
        Duration margin = lifetime.dividedBy(10);
        if (margin.compareTo(MAX_RENEWAL_MARGIN) > 0) {
            margin = MAX_RENEWAL_MARGIN;
        }
        Tokens renewed = new Tokens(pair.getAccessToken(), now.plus(lifetime).minus(margin), pair.getRefreshToken(),
                now.plusSeconds(pair.getRefreshExpiresIn()));
        tokens = renewed;
        listener.accept(pair);
        return renewed;
    }
}
