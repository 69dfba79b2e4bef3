package dev.taskapi.account;

import java.net.URI;
import java.util.ArrayList;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.taskapi.api.AuthenticationApiDelegate;
import dev.taskapi.api.model.Jwk;
import dev.taskapi.api.model.JwkSet;
import dev.taskapi.api.model.LoginRequest;
import dev.taskapi.api.model.PasswordChangeRequest;
import dev.taskapi.api.model.PasswordResetConfirmation;
import dev.taskapi.api.model.PasswordResetRequest;
import dev.taskapi.api.model.RefreshTokenRequest;
import dev.taskapi.api.model.RegisterRequest;
import dev.taskapi.api.model.Registration;
import dev.taskapi.api.model.TokenPair;
import dev.taskapi.auth.SigningKeys;
import dev.taskapi.user.CurrentUser;
import dev.taskapi.user.UserMapper;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code /api/v1/auth} and {@code /.well-known/jwks.json}: the built-in identity provider over HTTP. */
@Component
class AuthenticationDelegate implements AuthenticationApiDelegate {

    /** Other services may cache our keys briefly; a rotation publishes the next key long before it matters. */
    private static final CacheControl KEYS_CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final SigningKeys signingKeys;

    AuthenticationDelegate(AccountService accounts, CurrentUser currentUser, SigningKeys signingKeys) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.signingKeys = signingKeys;
    }

    @Override
    public ResponseEntity<Registration> register(RegisterRequest request) {
        AccountService.Registration registration = accounts.register(request.getEmail(), request.getPassword(),
                request.getDisplayName().orElse(null));
        return ResponseEntity.created(URI.create("/api/v1/users/me"))
                .cacheControl(CacheControl.noStore())
                .body(new Registration()
                        .user(UserMapper.toApi(registration.user()))
                        .tokens(toApi(registration.tokens())));
    }

    @Override
    public ResponseEntity<TokenPair> login(LoginRequest request) {
        return tokenResponse(accounts.login(request.getEmail(), request.getPassword()));
    }

    @Override
    public ResponseEntity<TokenPair> refreshTokens(RefreshTokenRequest request) {
        return tokenResponse(accounts.refresh(request.getRefreshToken()));
    }

    @Override
    public ResponseEntity<Void> logout(RefreshTokenRequest request) {
        accounts.logout(request.getRefreshToken());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> logoutAll() {
        accounts.logoutAll(currentUser.get().id());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> changePassword(PasswordChangeRequest request) {
        accounts.changePassword(currentUser.get().id(), request.getCurrentPassword(), request.getNewPassword());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<Void> requestPasswordReset(PasswordResetRequest request) {
        accounts.requestReset(request.getEmail());
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @Override
    public ResponseEntity<Void> confirmPasswordReset(PasswordResetConfirmation request) {
        accounts.confirmReset(request.getToken(), request.getNewPassword());
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<JwkSet> getJsonWebKeySet() {
        if (!accounts.enabled()) {
            throw AccountRefusal.issuerSwitchedOff();
        }
        JwkSet keys = new JwkSet().keys(new ArrayList<>());
        for (JWK jwk : signingKeys.published().getKeys()) {
            RSAKey rsa = jwk.toRSAKey();
            keys.addKeysItem(new Jwk()
                    .kty(Jwk.KtyEnum.RSA)
                    .kid(rsa.getKeyID())
                    .use(Jwk.UseEnum.SIG)
                    .alg(Jwk.AlgEnum.RS256)
                    .n(rsa.getModulus().toString())
                    .e(rsa.getPublicExponent().toString()));
        }
        return ResponseEntity.ok().cacheControl(KEYS_CACHE).body(keys);
    }

    private static ResponseEntity<TokenPair> tokenResponse(IssuedTokens tokens) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(toApi(tokens));
    }

    private static TokenPair toApi(IssuedTokens tokens) {
        return new TokenPair()
                .accessToken(tokens.accessToken())
                .tokenType(TokenPair.TokenTypeEnum.BEARER)
                .expiresIn((int) tokens.accessLifetime().toSeconds())
                .refreshToken(tokens.refreshToken())
                .refreshExpiresIn((int) tokens.refreshLifetime().toSeconds());
    }
}
