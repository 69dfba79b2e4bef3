package dev.taskapi.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this instance's memory: the store without Redis, and the fallback while Redis is down.
 * Bounded in size (Caffeine keeps the buckets in use and drops one-off keys first, so a flood of new
 * addresses cannot push out the callers who are actually being limited) and in time: a bucket untouched
 * for the longest window is full again anyway, so forgetting it changes nothing.
 */
final class LocalBuckets {

    private final Cache<String, Bucket> buckets;

    LocalBuckets(int maxBuckets, Duration longestWindow) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(longestWindow)
                .build();
    }

    ConsumptionProbe tryConsume(String key, Policy policy) {
        Bucket bucket = buckets.get(key, missing -> Bucket.builder()
                .addLimit(policy.configuration().getBandwidths()[0])
                .withCustomTimePrecision(RequestClock.INSTANCE)
                .build());
        return bucket.tryConsumeAndReturnRemaining(1);
    }
}
