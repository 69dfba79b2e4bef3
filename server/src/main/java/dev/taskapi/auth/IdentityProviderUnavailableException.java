package dev.taskapi.auth;

import dev.taskapi.web.DependencyUnavailableException;

/** No signing keys of a token's issuer are at hand, and fetching them failed: the token cannot be judged. */
class IdentityProviderUnavailableException extends DependencyUnavailableException {

    IdentityProviderUnavailableException(String issuerName) {
        super("The identity provider '" + issuerName + "' cannot be reached to verify the token; try again shortly.");
    }
}
