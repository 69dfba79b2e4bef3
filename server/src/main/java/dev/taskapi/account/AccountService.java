package dev.taskapi.account;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.taskapi.auth.AccessTokens;
import dev.taskapi.auth.AuthProperties;
import dev.taskapi.user.User;
import dev.taskapi.user.UserService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The built-in identity provider: accounts with an email and a password, sessions of rotating refresh
 * tokens, and password resets. Passwords are hashed before a transaction starts, so the slow part never
 * holds a database connection.
 */
@Service
class AccountService {

    /** A registered user and its first tokens. */
    record Registration(User user, IssuedTokens tokens) {
    }

    private final AuthProperties.BuiltIn settings;
    private final UserService users;
    private final CredentialRepository credentials;
    private final RefreshTokens refreshTokens;
    private final PasswordResets resets;
    private final PasswordResetMail mail;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    /**
     * Checked against when the email is unknown, so that answer takes as long as a wrong password. Hashed
     * beside startup rather than in it: one Argon2 hash is a tenth of a second the server need not wait for.
     */
    private final CompletableFuture<String> decoyHash;

    AccountService(AuthProperties properties, UserService users, CredentialRepository credentials,
                   RefreshTokens refreshTokens, PasswordResets resets, PasswordResetMail mail,
                   AccessTokens accessTokens, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.settings = properties.builtIn();
        this.users = users;
        this.credentials = credentials;
        this.refreshTokens = refreshTokens;
        this.resets = resets;
        this.mail = mail;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.transactions = transactions;
        this.decoyHash = CompletableFuture.supplyAsync(() -> passwords.encode(SecretTokens.generate()));
    }

    Registration register(String email, String password, @Nullable String displayName) {
        requireEnabled();
        String hash = passwords.encode(password);
        UUID id = UUID.randomUUID();
        Registration registration = transactions.execute(status -> {
            User user = users.createLocal(id, settings.issuer(), email, displayName);
            if (credentials.insertIfEmailFree(id, email, hash) == 0) {
                throw AccountRefusal.emailTaken();
            }
            String refresh = refreshTokens.start(id, settings.refreshTokenTtl());
            return new Registration(user, tokens(user, refresh));
        });
        return registration;
    }

    IssuedTokens login(String email, String password) {
        requireEnabled();
        Optional<Credential> credential = credentials.findByEmail(email);
        String hash = credential.map(Credential::passwordHash).orElseGet(decoyHash::join);
        boolean matches = passwords.matches(password, hash);
        if (credential.isEmpty() || !matches) {
            throw AccountRefusal.invalidCredentials();
        }
        UUID userId = credential.get().userId();
        if (passwords.upgradeEncoding(credential.get().passwordHash())) {
            credentials.updatePassword(userId, passwords.encode(password));
        }
        User user = activeUser(userId);
        return tokens(user, refreshTokens.start(userId, settings.refreshTokenTtl()));
    }

    IssuedTokens refresh(String refreshToken) {
        requireEnabled();
        RefreshTokens.Use use = refreshTokens.rotate(refreshToken, settings.refreshTokenTtl());
        if (!(use instanceof RefreshTokens.Rotated rotated)) {
            throw AccountRefusal.invalidRefreshToken();
        }
        return tokens(activeUser(rotated.userId()), rotated.token());
    }

    void logout(String refreshToken) {
        requireEnabled();
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    void logoutAll(UUID userId) {
        requireEnabled();
        endEverySession(userId);
    }

    void changePassword(UUID userId, String currentPassword, String newPassword) {
        requireEnabled();
        Credential credential = credentials.findById(userId).orElseThrow(AccountRefusal::noPassword);
        if (!passwords.matches(currentPassword, credential.passwordHash())) {
            throw AccountRefusal.wrongCurrentPassword();
        }
        setPassword(userId, passwords.encode(newPassword));
    }

    /** Mails a reset token when an account has this email; says nothing either way. */
    void requestReset(String email) {
        requireEnabled();
        credentials.findByEmail(email).ifPresent(credential -> mail.issueAndSend(credential.email(),
                () -> resets.create(credential.userId(), settings.resetTokenTtl())));
    }

    void confirmReset(String token, String newPassword) {
        requireEnabled();
        String hash = passwords.encode(newPassword);
        UUID userId = resets.consume(token).orElseThrow(AccountRefusal::invalidResetToken);
        setPassword(userId, hash);
    }

    boolean enabled() {
        return settings.enabled();
    }

    private void setPassword(UUID userId, String hash) {
        transactions.executeWithoutResult(status -> {
            credentials.updatePassword(userId, hash);
            endEverySession(userId);
        });
    }

    private void endEverySession(UUID userId) {
        transactions.executeWithoutResult(status -> {
            refreshTokens.revokeAll(userId);
            users.revokeSessions(userId);
        });
    }

    private User activeUser(UUID userId) {
        User user = users.find(userId).orElseThrow(AccountRefusal::invalidCredentials);
        if (user.disabled()) {
            throw AccountRefusal.disabled();
        }
        return user;
    }

    private IssuedTokens tokens(User user, String refreshToken) {
        return new IssuedTokens(accessTokens.issue(user.id(), user.roles(), user.tokenVersion()), accessTokens.lifetime(), refreshToken,
                accessTokens.refreshLifetime());
    }

    private void requireEnabled() {
        if (!settings.enabled()) {
            throw AccountRefusal.issuerSwitchedOff();
        }
    }
}
