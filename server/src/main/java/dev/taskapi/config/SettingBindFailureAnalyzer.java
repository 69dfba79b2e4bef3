package dev.taskapi.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Spring Boot could not bind one of our settings (a duration that is not one, a port out of range). Boot's
 * own report names the property path and repeats the value; this one names the environment variable and
 * says what is expected, never the value. Settings that are not ours are left to Boot's analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private final SettingNames names;

    SettingBindFailureAnalyzer(Environment environment) {
        this.names = new SettingNames(environment);
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        BindValidationException validation = findCause(cause, BindValidationException.class);
        List<String> settings = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        if (validation != null) {
            String prefix = validation.getValidationErrors().getName().toString();
            for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
                String property = error instanceof FieldError field
                        ? prefix + "." + SettingNames.dashed(field.getField()) : prefix;
                if (!isOurs(property)) {
                    return null;
                }
                String setting = names.of(property);
                settings.add(setting);
                sentences.add(setting + " " + error.getDefaultMessage() + ".");
            }
        }
        else {
            String property = cause.getName().toString();
            if (!isOurs(property)) {
                return null;
            }
            String setting = names.of(property);
            settings.add(setting);
            sentences.add(setting + " " + expectation(cause) + ".");
        }
        if (sentences.isEmpty()) {
            return null;
        }
        return new FailureAnalysis(String.join(" ", sentences),
                "Fix " + String.join(" and ", settings.stream().distinct().toList())
                        + " and start the server again.", cause);
    }

    /** Our own properties, and Boot's that {@code application.yaml} maps one of our variables onto. */
    private boolean isOurs(String property) {
        return property.startsWith("taskapi.") || names.mappedVariable(property) != null;
    }

    private static String expectation(BindException failure) {
        Throwable cause = failure.getCause();
        Class<?> type = failure.getTarget().getType().resolve(Object.class);
        if (cause instanceof ConversionFailedException) {
            return expectation(type);
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                && !repeatsTheValue(cause.getMessage(), failure.getProperty())) {
            return "is not valid: " + cause.getMessage().replaceAll("[.\\s]+$", "");
        }
        return "is not valid";
    }

    private static boolean repeatsTheValue(String message, @Nullable ConfigurationProperty property) {
        Object value = property == null ? null : property.getValue();
        return value == null || value.toString().isBlank() || message.contains(value.toString());
    }

    private static String expectation(Class<?> type) {
        if (type == Duration.class) {
            return "must be a duration such as 500ms, 60s or 5m";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == DataSize.class) {
            return "must be a size such as 512KB or 1MB";
        }
        if (type == Path.class) {
            return "must be a file system path";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        return "is not a valid " + type.getSimpleName();
    }
}
