package dev.taskapi.sdk;

/** The orders a task list can come in. Ties are broken by id, so paging is stable. */
public enum TaskSort {

    /** Oldest first. */
    CREATED_AT("created_at"),
    /** Newest first (the API's default). */
    CREATED_AT_DESC("-created_at"),
    /** Soonest due first; tasks without a due date last. */
    DUE_AT("due_at"),
    /** Latest due first; tasks without a due date first. */
    DUE_AT_DESC("-due_at"),
    /** By title. */
    TITLE("title");

    private final String value;

    TaskSort(String value) {
        this.value = value;
    }

    /** The value of the {@code sort} query parameter. */
    public String value() {
        return value;
    }
}
