package dev.taskapi.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves forward, to reach a token's expiry without waiting for it. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock() {
        this(Instant.parse("2026-11-20T09:30:00Z"));
    }

    private MutableClock(Instant start) {
        this.now = start;
    }

    /** Starts at the real time, for tests against a real server that checks expiry itself. */
    public static MutableClock startingNow() {
        return new MutableClock(Instant.now());
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
