package dev.taskapi.logging;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param format {@code text} (readable lines, the default) or {@code json} (one JSON object per line, in the
 *               Logstash layout, for log shippers): {@code LOG_FORMAT}
 */
@Validated
@ConfigurationProperties("taskapi.logging")
public record LoggingProperties(@NotNull @DefaultValue("text") Format format) {

    public enum Format {
        TEXT, JSON
    }
}
