package dev.taskapi.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.taskapi.user.User;
import dev.taskapi.user.UserService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified token into the user it names, creating the user on its first request. Roles and the
 * disabled flag come from our user row, never from the token, so an admin's change applies at once.
 */
class UserAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Granted to every user who is not disabled; every API request requires it. */
    static final String ACTIVE = "ACTIVE_USER";

    private final UserService users;
    private final IssuerRoutingJwtDecoder issuers;
    private final Set<String> adminEmails;
    private final Set<String> adminSubjects;

    UserAuthenticationConverter(UserService users, IssuerRoutingJwtDecoder issuers, AuthProperties.Admins admins) {
        this.users = users;
        this.issuers = issuers;
        this.adminEmails = admins.emails().stream().map(email -> email.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.adminSubjects = Set.copyOf(admins.subjects());
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        TrustedIssuer issuer = issuers.issuerOf(jwt)
                .orElseThrow(() -> new InvalidBearerTokenException("The token is not from a trusted issuer"));
        String subject = jwt.getClaimAsString(issuer.userIdClaim());
        String email = jwt.getClaimAsString("email");
        boolean configuredAdmin = isConfiguredAdmin(subject, email);
        // The built-in issuer's accounts begin at sign-up: a token outliving its deleted account is refused.
        User user = issuer.builtIn()
                ? users.findExisting(issuer.issuer(), subject, configuredAdmin)
                        .orElseThrow(() -> new InvalidBearerTokenException("The token was revoked"))
                : users.findOrCreate(issuer.issuer(), subject, email, configuredAdmin);
        if (issuer.builtIn() && isRevoked(jwt, user)) {
            throw new InvalidBearerTokenException("The token was revoked");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (!user.disabled()) {
            authorities.add(new SimpleGrantedAuthority(ACTIVE));
        }
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT))));
        return new UserAuthentication(user, jwt, authorities);
    }

    private boolean isConfiguredAdmin(String subject, String email) {
        return adminSubjects.contains(subject) || (email != null && adminEmails.contains(email.toLowerCase(Locale.ROOT)));
    }

    /** Logout-all, a password change and a reset move the user's token version on, ending older tokens. */
    private static boolean isRevoked(Jwt jwt, User user) {
        Object version = jwt.getClaim(AccessTokens.VERSION_CLAIM);
        return !(version instanceof Number number) || number.intValue() != user.tokenVersion();
    }
}
