package dev.taskapi.web;

import org.jspecify.annotations.Nullable;

/** Finds what a failure was caused by, because frameworks wrap what our code throws in their own exceptions. */
public final class Causes {

    private Causes() {
    }

    /** The first exception of the type in the failure's cause chain, starting with the failure itself, or null. */
    public static <T extends Throwable> @Nullable T find(@Nullable Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
