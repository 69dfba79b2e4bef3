package dev.taskapi.health;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The dependencies in Actuator's health, and through the {@code readiness} group in the readiness probe:
 * not ready while a required dependency is down, ready again as soon as it is back. Liveness leaves it
 * out on purpose, because restarting the process does not bring a database back.
 */
@Component("dependencies")
class DependenciesHealthIndicator implements HealthIndicator {

    private final HealthCheck healthCheck;

    DependenciesHealthIndicator(HealthCheck healthCheck) {
        this.healthCheck = healthCheck;
    }

    @Override
    public Health health() {
        HealthSnapshot snapshot = healthCheck.run();
        Health.Builder health = snapshot.verdict() == HealthSnapshot.Verdict.UNHEALTHY ? Health.down() : Health.up();
        for (Map.Entry<Dependency, HealthSnapshot.Service> entry : snapshot.services().entrySet()) {
            health.withDetail(entry.getKey().reportName(), entry.getValue().state().name());
        }
        return health.build();
    }
}
