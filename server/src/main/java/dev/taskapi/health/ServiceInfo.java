package dev.taskapi.health;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the health report says about this deployment.
 *
 * @param version     the build's version
 * @param environment a name for the deployment ({@code production}, {@code staging}, ...)
 */
@Validated
@ConfigurationProperties("taskapi.service")
public record ServiceInfo(@NotBlank @DefaultValue("dev") String version,
                          @NotBlank @DefaultValue("development") String environment) {
}
