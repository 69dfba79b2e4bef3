package dev.taskapi.task;

import org.jspecify.annotations.Nullable;

/**
 * One field of a partial update: either left as it is, or set to a value (which may be null, to clear
 * a nullable field). Keeps "absent" and "null" apart, as JSON Merge Patch requires.
 */
public final class Change<T> {

    private static final Change<?> KEEP = new Change<>(false, null);

    private final boolean present;
    private final @Nullable T value;

    private Change(boolean present, @Nullable T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(@Nullable T value) {
        return new Change<>(true, value);
    }

    public <R> Change<R> map(java.util.function.Function<@Nullable T, @Nullable R> mapper) {
        return present ? Change.to(mapper.apply(value)) : keep();
    }

    /** The new value when present, the current one otherwise. */
    public @Nullable T orElse(@Nullable T current) {
        return present ? value : current;
    }
}
