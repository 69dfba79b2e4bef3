package dev.taskapi.health;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param timeout how long the health check waits for its probes (they run in parallel); a probe still
 *                running then is reported down. Longer than the pool's connection timeout, so an
 *                unreachable database is reported as such rather than as slow.
 */
@Validated
@ConfigurationProperties("taskapi.health")
public record HealthProperties(
        @NotNull @DurationMin(millis = 100) @DurationMax(seconds = 30) @DefaultValue("2s") Duration timeout) {
}
