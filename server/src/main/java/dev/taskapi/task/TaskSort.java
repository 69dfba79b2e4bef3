package dev.taskapi.task;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a list can come in. Each names the SQL expression it sorts by, which is also the
 * expression of the index that serves it (see the changelog), and the type its cursor key is cast to.
 */
public enum TaskSort {

    CREATED_AT("created_at", "created_at", "timestamptz", false),
    CREATED_AT_DESC("-created_at", "created_at", "timestamptz", true),
    DUE_AT("due_at", "COALESCE(due_at, 'infinity'::timestamptz)", "timestamptz", false),
    DUE_AT_DESC("-due_at", "COALESCE(due_at, 'infinity'::timestamptz)", "timestamptz", true),
    TITLE("title", "title COLLATE \"C\"", "text", false);

    private final String parameter;
    private final String keyExpression;
    private final String keyType;
    private final boolean descending;

    TaskSort(String parameter, String keyExpression, String keyType, boolean descending) {
        this.parameter = parameter;
        this.keyExpression = keyExpression;
        this.keyType = keyType;
        this.descending = descending;
    }

    public static Optional<TaskSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }

    public String parameter() {
        return parameter;
    }

    String keyExpression() {
        return keyExpression;
    }

    String keyType() {
        return keyType;
    }

    boolean descending() {
        return descending;
    }

    /** The value of this sort's key for a task, as the cursor carries it. */
    String keyOf(Task task) {
        return switch (this) {
            case CREATED_AT, CREATED_AT_DESC -> task.createdAt().toString();
            case DUE_AT, DUE_AT_DESC -> task.dueAt() == null ? "infinity" : task.dueAt().toString();
            case TITLE -> task.title();
        };
    }
}
