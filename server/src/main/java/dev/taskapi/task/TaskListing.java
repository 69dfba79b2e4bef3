package dev.taskapi.task;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The keyset list query, which needs SQL that Spring Data cannot derive. */
interface TaskListing {

    /** Up to {@code limit} of the owner's tasks matching the filter, in sort order, after the cursor. */
    List<Task> findPage(UUID userId, TaskFilter filter, TaskSort sort, @Nullable TaskCursor after, int limit);
}
