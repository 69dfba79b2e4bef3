package dev.taskapi.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import org.jspecify.annotations.Nullable;

/**
 * Where requests are counted: in Redis when it is configured and answers, in this instance's memory
 * otherwise. A request never fails because Redis did; while Redis is away each instance limits on its own
 * (so a caller may get up to its quota once per instance, plus what it used in Redis before the outage).
 */
final class RateLimitBuckets implements AutoCloseable {

    private final LocalBuckets local;
    private final @Nullable RedisBuckets redis;

    RateLimitBuckets(LocalBuckets local, @Nullable RedisBuckets redis) {
        this.local = local;
        this.redis = redis;
    }

    Verdict consume(String key, Policy policy, long nowEpochMillis) {
        ConsumptionProbe probe = RequestClock.at(nowEpochMillis, () -> {
            ConsumptionProbe shared = redis == null ? null : redis.tryConsume(key, policy);
            return shared != null ? shared : local.tryConsume(key, policy);
        });
        return Verdict.of(policy, probe, nowEpochMillis);
    }

    @Nullable RedisBuckets redis() {
        return redis;
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
