package dev.taskapi.ratelimit;

import dev.taskapi.health.Dependency;
import dev.taskapi.health.DependencyProbe;
import dev.taskapi.health.ProbeResult;
import org.jspecify.annotations.Nullable;

/**
 * Redis, where the rate-limit counters are shared. Optional: while it is down every instance counts in
 * its own memory, so the service is degraded, not down. Without a {@code REDIS_URL} it is disabled.
 */
final class RedisProbe implements DependencyProbe {

    private final @Nullable RedisBuckets redis;

    RedisProbe(@Nullable RedisBuckets redis) {
        this.redis = redis;
    }

    @Override
    public Dependency dependency() {
        return Dependency.REDIS;
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ProbeResult check() {
        if (redis == null) {
            return ProbeResult.disabled("in-memory rate limits");
        }
        return redis.ping() ? ProbeResult.up("shared rate limits")
                : ProbeResult.down("unreachable; in-memory rate limits");
    }
}
