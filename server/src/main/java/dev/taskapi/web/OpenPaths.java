package dev.taskapi.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The paths that need no bearer token, named once because security, rate limiting and the shutdown gate
 * must agree on them. Each is a path, or a pattern ending in {@code /**} for everything under one.
 */
public final class OpenPaths {

    /** Health for load balancers and orchestrators: never authenticated, never counted, answered while draining. */
    public static final List<String> HEALTH = List.of(
            "/health", "/api/v1/health", "/actuator/health", "/actuator/health/**");

    /** The API documents and the built-in issuer's public keys: public, and never counted. */
    public static final List<String> DOCUMENTS = List.of(
            "/openapi.yaml", "/openapi.json", "/.well-known/jwks.json", "/docs", "/docs/**", "/redoc", "/redoc/**");

    /** The one credential operation that names no account, so it is counted per address like any anonymous call. */
    public static final String LOGOUT = "/api/v1/auth/logout";

    /** POST operations that hand out or take back credentials: their caller has no valid bearer token yet. */
    public static final Set<String> CREDENTIAL_OPERATIONS = Set.of(
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", LOGOUT,
            "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm");

    private OpenPaths() {
    }

    /** Whether the request is a POST to one of the {@link #CREDENTIAL_OPERATIONS}; asked on every request. */
    public static boolean isCredentialOperation(HttpServletRequest request) {
        return isCredentialOperation(request.getMethod(), pathOf(request));
    }

    public static boolean isCredentialOperation(String method, String path) {
        return "POST".equals(method) && CREDENTIAL_OPERATIONS.contains(path);
    }

    /**
     * The request's path within the application, decoded as Spring MVC decodes it to choose the operation:
     * {@code /api/v1/auth/%6Cogin} reaches login, so it must count as login here too.
     */
    public static String pathOf(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }

    /** Whether the path is one of these, or lies under one that ends in {@code /**}. */
    public static boolean matches(String path, List<String> patterns) {
        for (String pattern : patterns) {
            boolean matched = pattern.endsWith("/**")
                    ? path.startsWith(pattern.substring(0, pattern.length() - 2))
                    : path.equals(pattern);
            if (matched) {
                return true;
            }
        }
        return false;
    }
}
