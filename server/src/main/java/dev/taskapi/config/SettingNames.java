package dev.taskapi.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The name an operator knows a property by. {@code application.yaml} maps our environment variables onto
 * properties ({@code clock-skew: ${TASKAPI_JWT_CLOCK_SKEW:60s}}); this reads that mapping back, so a
 * failure names the variable the operator actually set rather than an internal property path.
 */
final class SettingNames {

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::.*)?}");

    private final @Nullable Environment environment;

    SettingNames(@Nullable Environment environment) {
        this.environment = environment;
    }

    /** The environment variable behind a property, when {@code application.yaml} maps one onto it. */
    @Nullable String mappedVariable(String property) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return null;
        }
        for (PropertySource<?> source : configurable.getPropertySources()) {
            Object raw = source.getProperty(property);
            if (raw != null) {
                Matcher placeholder = ENV_PLACEHOLDER.matcher(raw.toString().trim());
                if (placeholder.matches()) {
                    return placeholder.group(1);
                }
            }
        }
        return null;
    }

    /**
     * The name to print for a property: its mapped variable, or the variable Spring Boot would bind to it
     * ({@code taskapi.health.timeout} is {@code TASKAPI_HEALTH_TIMEOUT}).
     */
    String of(String property) {
        String mapped = mappedVariable(property);
        return mapped != null ? mapped : property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    /** {@code drainTimeout} as Spring Boot writes it in a property name: {@code drain-timeout}. */
    static String dashed(String javaName) {
        StringBuilder dashed = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                dashed.append('-').append(Character.toLowerCase(c));
            }
            else {
                dashed.append(c);
            }
        }
        return dashed.toString();
    }
}
