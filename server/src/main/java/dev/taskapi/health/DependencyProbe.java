package dev.taskapi.health;

/**
 * Checks one dependency for the health report and readiness. A feature that brings a dependency (Redis
 * for rate limits, a JWKS issuer for tokens) contributes a bean of this type; the health check finds it.
 * <p>
 * {@link #check()} may block: the health check runs every probe in parallel and gives up on one that
 * takes longer than {@code taskapi.health.timeout}, reporting it down, so a hanging dependency cannot
 * hang the health endpoint. A probe should still bound its own I/O, because the abandoned call goes on.
 */
public interface DependencyProbe {

    /** Which place in the report this probe fills; one probe per dependency. */
    Dependency dependency();

    /**
     * Whether the service cannot work without it: a required dependency down makes the service
     * {@code unhealthy} (503, not ready); an optional one down makes it {@code degraded} (200, ready).
     */
    boolean required();

    /** The dependency's state now. An exception counts as down. */
    ProbeResult check() throws Exception;
}
