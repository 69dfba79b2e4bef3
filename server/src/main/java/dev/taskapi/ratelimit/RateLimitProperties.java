package dev.taskapi.ratelimit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests each kind of caller may make per window, and where the counters live.
 *
 * @param enabled     {@code false} switches rate limiting off (a gateway in front enforces limits instead)
 * @param free        authenticated users on the free tier, per user
 * @param pro         authenticated users on the pro tier, per user
 * @param anonymous   callers without a valid bearer token, per client address
 * @param credentials sign-in, registration, password reset and refresh: per client address and, where the
 *                    body names one, per email
 * @param maxLocalBuckets how many counters the in-memory store keeps at most (without Redis, or while it
 *                    is down); beyond that the least useful are dropped, so a flood of addresses cannot
 *                    exhaust memory
 * @param redis       the shared store; without a URL the counters are in memory, per instance
 */
@Validated
@ConfigurationProperties("taskapi.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Valid @Nullable Quota free,
        @Valid @Nullable Quota pro,
        @Valid @Nullable Quota anonymous,
        @Valid @Nullable Quota credentials,
        @Min(1000) @Max(10_000_000) @DefaultValue("100000") int maxLocalBuckets,
        @Valid @DefaultValue Redis redis) {

    static final Quota FREE = new Quota(100L, Duration.ofHours(1));
    static final Quota PRO = new Quota(1000L, Duration.ofHours(1));
    static final Quota ANONYMOUS = new Quota(60L, Duration.ofHours(1));
    static final Quota CREDENTIALS = new Quota(5L, Duration.ofMinutes(1));

    public RateLimitProperties {
        free = Quota.orDefault(free, FREE);
        pro = Quota.orDefault(pro, PRO);
        anonymous = Quota.orDefault(anonymous, ANONYMOUS);
        credentials = Quota.orDefault(credentials, CREDENTIALS);
    }

    Quota quota(Plan plan) {
        return switch (plan) {
            case FREE -> free;
            case PRO -> pro;
            case ANONYMOUS -> anonymous;
            case CREDENTIALS -> credentials;
        };
    }

    /**
     * @param requests how many requests a window allows
     * @param window   how long a window lasts; it starts with the caller's first request and the whole
     *                 quota comes back when it ends
     */
    public record Quota(
            @NotNull @Min(1) @Max(1_000_000) @Nullable Long requests,
            @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) @Nullable Duration window) {

        static Quota orDefault(@Nullable Quota configured, Quota fallback) {
            if (configured == null) {
                return fallback;
            }
            return new Quota(configured.requests != null ? configured.requests : fallback.requests,
                    configured.window != null ? configured.window : fallback.window);
        }
    }

    /**
     * @param url            {@code redis://host:6379}, {@code rediss://user:password@host:6380/0}; empty: in memory
     * @param commandTimeout how long a request waits for Redis before it is counted in memory instead
     * @param connectTimeout how long one attempt to connect may take
     * @param keyPrefix      prepended to every counter's key, so several services can share one Redis
     */
    public record Redis(
            @DefaultValue("") String url,
            @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 10) @DefaultValue("300ms") Duration commandTimeout,
            @NotNull @DurationMin(millis = 10) @DurationMax(seconds = 30) @DefaultValue("1s") Duration connectTimeout,
            @NotNull @DefaultValue("taskapi:rate-limit:") String keyPrefix) {
    }
}
