package dev.taskapi.sdk;

/**
 * Supplies the bearer token for each request, for tokens from an external identity provider (Clerk, Auth0,
 * Keycloak, Better Auth, ...). Called before every request, from any thread: return a cached token and renew
 * it before it expires, as the provider's own SDK does.
 */
@FunctionalInterface
public interface TokenProvider {

    /** The access token, without the {@code Bearer } prefix. */
    String token();
}
