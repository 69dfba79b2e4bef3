package dev.taskapi.health;

import dev.taskapi.api.HealthApiDelegate;
import dev.taskapi.api.model.HealthReport;
import dev.taskapi.api.model.HealthServices;
import dev.taskapi.api.model.ServiceHealth;
import dev.taskapi.web.FailureProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code /api/v1/health} and {@code /health}. The database is required: without it the service is
 * {@code unhealthy} (503), so a load balancer stops sending it traffic.
 */
@Component
class HealthDelegate implements HealthApiDelegate {

    private final DatabaseProbe database;
    private final ServiceInfo info;

    HealthDelegate(DatabaseProbe database, ServiceInfo info) {
        this.database = database;
        this.info = info;
    }

    @Override
    public ResponseEntity<HealthReport> getHealth() {
        ServiceHealth databaseHealth = database.check();
        boolean up = databaseHealth.getStatus() == ServiceHealth.StatusEnum.UP;
        HealthReport report = new HealthReport()
                .status(up ? HealthReport.StatusEnum.HEALTHY : HealthReport.StatusEnum.UNHEALTHY)
                .version(info.version())
                .environment(info.environment())
                .services(new HealthServices()
                        .database(databaseHealth)
                        .redis(new ServiceHealth().status(ServiceHealth.StatusEnum.DISABLED).latencyMs(null)
                                .detail("not configured"))
                        .identityProvider(new ServiceHealth().status(ServiceHealth.StatusEnum.UP).latencyMs(null)
                                .detail("shared secret")));
        if (up) {
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
}
