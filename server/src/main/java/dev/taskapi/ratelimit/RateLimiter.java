package dev.taskapi.ratelimit;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.taskapi.crypto.Sha256;
import dev.taskapi.user.Tier;
import org.jspecify.annotations.Nullable;

/**
 * The limits themselves: which bucket a caller draws from. Keys name the plan, so a user whose tier
 * changes draws from the new tier's bucket on the very next request. Emails are hashed: the store never
 * holds an address book.
 */
final class RateLimiter implements AutoCloseable {

    private final RateLimitBuckets buckets;
    private final Clock clock;
    private final Map<Plan, Policy> policies = new EnumMap<>(Plan.class);

    RateLimiter(RateLimitProperties properties, RateLimitBuckets buckets, Clock clock) {
        this.buckets = buckets;
        this.clock = clock;
        for (Plan plan : Plan.values()) {
            policies.put(plan, Policy.of(plan, properties.quota(plan)));
        }
    }

    Verdict user(UUID userId, Tier tier) {
        Plan plan = Plan.of(tier);
        return buckets.consume(plan.policyName() + ":" + userId, policies.get(plan), clock.millis());
    }

    Verdict anonymous(String clientAddress) {
        return buckets.consume("anonymous:" + clientAddress, policies.get(Plan.ANONYMOUS), clock.millis());
    }

    /** Per address, then (when the body named one) per email: the first bucket that is empty refuses. */
    Verdict credentials(String clientAddress, @Nullable String email) {
        Policy policy = policies.get(Plan.CREDENTIALS);
        long now = clock.millis();
        Verdict byAddress = buckets.consume("credentials:address:" + clientAddress, policy, now);
        if (!byAddress.allowed() || email == null) {
            return byAddress;
        }
        Verdict byEmail = buckets.consume("credentials:email:" + Sha256.hex(email), policy, now);
        return byAddress.tighter(byEmail);
    }

    RateLimitBuckets buckets() {
        return buckets;
    }

    @Override
    public void close() {
        buckets.close();
    }
}
