package dev.taskapi.sdk;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Which of the caller's tasks to list, in which order, and how many per request. Immutable: every method
 * returns a changed copy, so a query can be kept and reused.
 * <pre>{@code
 * TaskQuery.all().completed(false).dueBefore(endOfMonth).sort(TaskSort.DUE_AT)
 * }</pre>
 */
public final class TaskQuery {

    private static final TaskQuery ALL = new TaskQuery(null, null, null, null, null);

    private final @Nullable Boolean completed;
    private final @Nullable String text;
    private final @Nullable OffsetDateTime dueBefore;
    private final @Nullable TaskSort sort;
    private final @Nullable Integer pageSize;

    private TaskQuery(@Nullable Boolean completed, @Nullable String text, @Nullable OffsetDateTime dueBefore,
                      @Nullable TaskSort sort, @Nullable Integer pageSize) {
        this.completed = completed;
        this.text = text;
        this.dueBefore = dueBefore;
        this.sort = sort;
        this.pageSize = pageSize;
    }

    /** Every task, newest first, in pages of the API's default size. */
    public static TaskQuery all() {
        return ALL;
    }

    /** Only tasks that are (true) or are not (false) completed. */
    public TaskQuery completed(boolean completed) {
        return new TaskQuery(completed, text, dueBefore, sort, pageSize);
    }

    /** Only tasks whose title or description contains this text, ignoring case ({@code q}). */
    public TaskQuery containing(String text) {
        return new TaskQuery(completed, Objects.requireNonNull(text, "text"), dueBefore, sort, pageSize);
    }

    /** Only tasks due strictly before this instant; tasks without a due date are left out. */
    public TaskQuery dueBefore(OffsetDateTime instant) {
        return new TaskQuery(completed, text, Objects.requireNonNull(instant, "instant"), sort, pageSize);
    }

    /** The order. */
    public TaskQuery sort(TaskSort sort) {
        return new TaskQuery(completed, text, dueBefore, Objects.requireNonNull(sort, "sort"), pageSize);
    }

    /** Tasks per request when paging, 1 to 100 ({@code limit}); the API's default is 20. */
    public TaskQuery pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be 1 to 100, was " + pageSize);
        }
        return new TaskQuery(completed, text, dueBefore, sort, pageSize);
    }

    @Nullable Boolean completed() {
        return completed;
    }

    @Nullable String text() {
        return text;
    }

    @Nullable OffsetDateTime dueBefore() {
        return dueBefore;
    }

    @Nullable String sortValue() {
        return sort == null ? null : sort.value();
    }

    @Nullable Integer pageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return "TaskQuery[completed=" + completed + ", containing=" + text + ", dueBefore=" + dueBefore
                + ", sort=" + sort + ", pageSize=" + pageSize + "]";
    }
}
