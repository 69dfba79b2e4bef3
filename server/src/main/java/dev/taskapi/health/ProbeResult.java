package dev.taskapi.health;

import org.jspecify.annotations.Nullable;

/**
 * What a probe found. The detail is shown to anyone who asks for the health, so it is a short phrase
 * ({@code unreachable}, {@code in-memory rate limits}), never an exception message, host or secret.
 */
public record ProbeResult(State state, @Nullable String detail) {

    public enum State {
        UP, DOWN, DISABLED
    }

    public static ProbeResult up() {
        return new ProbeResult(State.UP, null);
    }

    public static ProbeResult up(String detail) {
        return new ProbeResult(State.UP, detail);
    }

    public static ProbeResult down(String detail) {
        return new ProbeResult(State.DOWN, detail);
    }

    /** Not configured and not needed: nothing was checked. */
    public static ProbeResult disabled(String detail) {
        return new ProbeResult(State.DISABLED, detail);
    }
}
