package dev.taskapi.auth;

import java.util.Collection;

import dev.taskapi.user.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified token together with the user it names: what every authenticated request carries. */
public final class UserAuthentication extends AbstractAuthenticationToken {

    private final User user;
    private final Jwt token;

    UserAuthentication(User user, Jwt token, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public User getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.id().toString();
    }
}
