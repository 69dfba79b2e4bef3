package dev.taskapi.logging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code LOG_FORMAT=json} into Spring Boot's structured console logging before the logging system
 * starts, so every line, the first ones included, is JSON. {@code text} leaves Spring Boot's readable lines.
 * An explicit {@code logging.structured.format.console} (ecs, gelf, ...) wins.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String STRUCTURED_FORMAT = "logging.structured.format.console";
    static final String JSON_LAYOUT = "logstash";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        LoggingProperties properties = Binder.get(environment)
                .bindOrCreate("taskapi.logging", LoggingProperties.class);
        if (properties.format() == LoggingProperties.Format.JSON && !environment.containsProperty(STRUCTURED_FORMAT)) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("taskapi-log-format", Map.of(STRUCTURED_FORMAT, JSON_LAYOUT)));
        }
    }

    /** After {@code application.yaml} is read (it maps {@code LOG_FORMAT}), before logging starts. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
