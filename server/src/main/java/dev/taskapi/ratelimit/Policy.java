package dev.taskapi.ratelimit;

import java.util.Objects;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * One quota as the buckets apply it: {@code requests} per {@code window}, as a fixed window that starts
 * with the caller's first request and refills completely when it ends (so "reset" has one meaning).
 */
record Policy(Plan plan, long requests, long windowSeconds, BucketConfiguration configuration) {

    static Policy of(Plan plan, RateLimitProperties.Quota quota) {
        long requests = Objects.requireNonNull(quota.requests());
        var window = Objects.requireNonNull(quota.window());
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillIntervally(requests, window).build())
                .build();
        return new Policy(plan, requests, window.toSeconds(), configuration);
    }

    String name() {
        return plan.policyName();
    }
}
