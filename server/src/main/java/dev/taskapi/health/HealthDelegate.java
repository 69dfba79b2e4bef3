package dev.taskapi.health;

import dev.taskapi.api.HealthApiDelegate;
import dev.taskapi.api.model.HealthReport;
import dev.taskapi.api.model.HealthServices;
import dev.taskapi.api.model.ServiceHealth;
import dev.taskapi.web.FailureProblems;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code /api/v1/health} and {@code /health}. Without a required dependency (the database) the service
 * is {@code unhealthy} (503), so a load balancer stops sending it traffic; it says the same while the
 * instance shuts down and refuses new requests.
 */
@Component
class HealthDelegate implements HealthApiDelegate {

    private final HealthCheck healthCheck;
    private final ServiceInfo info;
    private final ApplicationAvailability availability;

    HealthDelegate(HealthCheck healthCheck, ServiceInfo info, ApplicationAvailability availability) {
        this.healthCheck = healthCheck;
        this.info = info;
        this.availability = availability;
    }

    @Override
    public ResponseEntity<HealthReport> getHealth() {
        HealthSnapshot snapshot = healthCheck.run();
        boolean refusingTraffic = availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC;
        HealthSnapshot.Verdict verdict = refusingTraffic ? HealthSnapshot.Verdict.UNHEALTHY : snapshot.verdict();
        HealthReport report = new HealthReport()
                .status(switch (verdict) {
                    case HEALTHY -> HealthReport.StatusEnum.HEALTHY;
                    case DEGRADED -> HealthReport.StatusEnum.DEGRADED;
                    case UNHEALTHY -> HealthReport.StatusEnum.UNHEALTHY;
                })
                .version(info.version())
                .environment(info.environment())
                .services(new HealthServices()
                        .database(model(snapshot.services().get(Dependency.DATABASE)))
                        .redis(model(snapshot.services().get(Dependency.REDIS)))
                        .identityProvider(model(snapshot.services().get(Dependency.IDENTITY_PROVIDER))));
        if (verdict != HealthSnapshot.Verdict.UNHEALTHY) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(FailureProblems.RETRY_AFTER.toSeconds()))
                .body(report);
    }

    @Override
    public ResponseEntity<HealthReport> getHealthAlias() {
        return getHealth();
    }

    private static ServiceHealth model(HealthSnapshot.Service service) {
        ServiceHealth health = new ServiceHealth()
                .status(switch (service.state()) {
                    case UP -> ServiceHealth.StatusEnum.UP;
                    case DOWN -> ServiceHealth.StatusEnum.DOWN;
                    case DISABLED -> ServiceHealth.StatusEnum.DISABLED;
                })
                .latencyMs(service.latencyMs());
        if (service.detail() != null) {
            health.detail(service.detail());
        }
        return health;
    }
}
