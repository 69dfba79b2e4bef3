package dev.taskapi.health;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The result of one health check: the verdict and what each dependency looked like.
 *
 * @param verdict  {@code UNHEALTHY} when a required dependency is down, {@code DEGRADED} when only optional
 *                 ones are, {@code HEALTHY} otherwise
 * @param services one entry per {@link Dependency}, always all of them
 */
record HealthSnapshot(Verdict verdict, Map<Dependency, Service> services) {

    enum Verdict {
        HEALTHY, DEGRADED, UNHEALTHY
    }

    /**
     * @param latencyMs how long the check took; {@code null} when nothing was checked
     */
    record Service(ProbeResult.State state, @Nullable Double latencyMs, @Nullable String detail,
                          boolean required) {

        boolean isDown() {
            return state == ProbeResult.State.DOWN;
        }
    }
}
