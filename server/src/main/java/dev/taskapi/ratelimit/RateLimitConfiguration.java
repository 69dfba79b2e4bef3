package dev.taskapi.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import dev.taskapi.config.InvalidSettingException;
import dev.taskapi.web.ClientAddress;
import dev.taskapi.web.ProblemResponseWriter;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits: the buckets (Redis when {@code REDIS_URL} is set, memory otherwise), the filter that
 * Spring Security runs, and the Redis health probe.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, Clock clock) {
        Duration longestWindow = Stream.of(Plan.values()).map(plan -> properties.quota(plan).window())
                .max(Duration::compareTo).orElseThrow();
        LocalBuckets local = new LocalBuckets(properties.maxLocalBuckets(), longestWindow);
        return new RateLimiter(properties, new RateLimitBuckets(local,
                properties.enabled() ? redis(properties.redis()) : null), clock);
    }

    private static @Nullable RedisBuckets redis(RateLimitProperties.Redis settings) {
        if (settings.url().isBlank()) {
            return null;
        }
        RedisURI uri;
        try {
            uri = RedisURI.create(settings.url().trim());
        }
        catch (RuntimeException ex) {
            throw new InvalidSettingException("REDIS_URL",
                    "REDIS_URL must be a Redis URL such as redis://localhost:6379 or rediss://user:password@host:6380/0.");
        }
        return new RedisBuckets(uri, settings.commandTimeout(), settings.connectTimeout(), settings.keyPrefix());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, RateLimiter limiter, ClientAddress clientAddress,
                                    ProblemResponseWriter problems, JsonMapper jsonMapper, MeterRegistry meters) {
        return new RateLimitFilter(properties.enabled(), limiter, clientAddress, problems, jsonMapper, meters);
    }

    /** The filter runs inside Spring Security's chain (see the security configuration), not on its own. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterOutsideSecurity(RateLimitFilter filter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    RedisProbe redisProbe(RateLimiter limiter) {
        return new RedisProbe(limiter.buckets().redis());
    }
}
