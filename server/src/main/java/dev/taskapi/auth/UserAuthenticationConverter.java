package dev.taskapi.auth;

import java.util.ArrayList;
import java.util.List;

import dev.taskapi.user.User;
import dev.taskapi.user.UserService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.stereotype.Component;

/**
 * Turns a verified token into the user it names, creating the user on its first request. Roles and the
 * disabled flag come from our user row, never from the token, so an admin's change applies at once.
 */
@Component
class UserAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Granted to every user who is not disabled; every API request requires it. */
    static final String ACTIVE = "ACTIVE_USER";

    private final UserService users;

    UserAuthenticationConverter(UserService users) {
        this.users = users;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        User user = users.findOrCreate(jwt.getClaimAsString(JwtClaimNames.ISS), jwt.getSubject(),
                jwt.getClaimAsString("email"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (!user.disabled()) {
            authorities.add(new SimpleGrantedAuthority(ACTIVE));
        }
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return new UserAuthentication(user, jwt, authorities);
    }
}
