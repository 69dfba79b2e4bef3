package dev.taskapi.ratelimit;

import java.util.function.Supplier;

import io.github.bucket4j.TimeMeter;

/**
 * The buckets' clock: wall-clock milliseconds, frozen for the duration of one consumption. The headers
 * are computed from the same instant the bucket used, so {@code X-RateLimit-Reset} is the exact end of
 * the window, the same for every request in it, and not off by a second now and then.
 */
final class RequestClock implements TimeMeter {

    static final RequestClock INSTANCE = new RequestClock();

    private static final ThreadLocal<Long> NOW_MILLIS = new ThreadLocal<>();

    private RequestClock() {
    }

    static <T> T at(long epochMillis, Supplier<T> work) {
        NOW_MILLIS.set(epochMillis);
        try {
            return work.get();
        }
        finally {
            NOW_MILLIS.remove();
        }
    }

    @Override
    public long currentTimeNanos() {
        Long frozen = NOW_MILLIS.get();
        return (frozen != null ? frozen : System.currentTimeMillis()) * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
