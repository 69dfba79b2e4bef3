package dev.taskapi.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outcome of counting one request against one bucket, and the headers that tell the caller about it.
 *
 * @param resetEpochSecond when the window ends and the whole quota is back (rounded up)
 * @param secondsToReset   seconds from now until then (rounded up)
 * @param retryAfterSeconds when refused: seconds until a request would be allowed again (rounded up, at least 1)
 */
record Verdict(Policy policy, boolean allowed, long remaining, long resetEpochSecond, long secondsToReset,
               long retryAfterSeconds) {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    static Verdict of(Policy policy, ConsumptionProbe probe, long nowEpochMillis) {
        long nanosToReset = Math.max(0, probe.getNanosToWaitForReset());
        long resetEpochMillis = nowEpochMillis + ceilDiv(nanosToReset, NANOS_PER_MILLI);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, ceilDiv(probe.getNanosToWaitForRefill(), NANOS_PER_SECOND));
        return new Verdict(policy, probe.isConsumed(), Math.max(0, probe.getRemainingTokens()),
                ceilDiv(resetEpochMillis, 1000), ceilDiv(nanosToReset, NANOS_PER_SECOND), retryAfter);
    }

    /** Of two buckets that both counted a request, the one the caller runs into first. */
    Verdict tighter(Verdict other) {
        if (allowed != other.allowed) {
            return allowed ? other : this;
        }
        return other.remaining < remaining ? other : this;
    }

    void writeHeaders(HttpServletResponse response) {
        response.setHeader("X-RateLimit-Limit", Long.toString(policy.requests()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(remaining));
        response.setHeader("X-RateLimit-Reset", Long.toString(resetEpochSecond));
        response.setHeader("RateLimit-Policy",
                "\"" + policy.name() + "\";q=" + policy.requests() + ";w=" + policy.windowSeconds());
        response.setHeader("RateLimit", "\"" + policy.name() + "\";r=" + remaining + ";t=" + secondsToReset);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
