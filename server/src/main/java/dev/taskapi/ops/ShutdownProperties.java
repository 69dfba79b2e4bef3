package dev.taskapi.ops;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param drainTimeout how long a shutting-down instance waits for the requests it already accepted;
 *                     keep it below the orchestrator's kill deadline (Kubernetes: 30s by default)
 */
@Validated
@ConfigurationProperties("taskapi.shutdown")
public record ShutdownProperties(
        @NotNull @DurationMin(seconds = 0) @DurationMax(minutes = 10) @DefaultValue("20s") Duration drainTimeout) {
}
