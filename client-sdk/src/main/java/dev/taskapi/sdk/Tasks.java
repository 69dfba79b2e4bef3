package dev.taskapi.sdk;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.taskapi.client.ApiResponse;
import dev.taskapi.client.api.TasksApi;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskPage;
import dev.taskapi.client.model.TaskPatch;
import dev.taskapi.client.model.TaskReplace;
import org.jspecify.annotations.Nullable;

import static dev.taskapi.sdk.Calls.Access.AUTHENTICATED;
import static dev.taskapi.sdk.Calls.Repeat.SAFE;
import static dev.taskapi.sdk.Calls.Repeat.UNSAFE;

/**
 * The caller's tasks ({@code /api/v1/tasks}). Get it from {@link TaskApiClient#tasks()}; thread-safe.
 * <p>
 * Writes come in two kinds: plain ones ({@link #create}, {@link #delete(UUID)}) and ETag-guarded ones, which
 * change a task only while it is still the version the caller saw ({@link #update}, {@link #replace},
 * {@link #patch}, {@link #delete(Versioned)}), so no update is ever lost.
 */
public final class Tasks {

    private final TasksApi api;
    private final Calls calls;
    private final int maxUpdateAttempts;

    Tasks(TasksApi api, Calls calls, int maxUpdateAttempts) {
        this.api = api;
        this.calls = calls;
        this.maxUpdateAttempts = maxUpdateAttempts;
    }

    /**
     * Creates a task. The request carries a new {@code Idempotency-Key}, the same on every retry, so a
     * retried create never makes a second task.
     */
    public Task create(TaskCreate task) {
        return createVersioned(task, UUID.randomUUID().toString()).value();
    }

    /**
     * Creates a task with an {@code Idempotency-Key} of the caller's choosing, e.g. derived from the message
     * that asked for it, so that even a create repeated after a restart makes one task (keys are kept 24 hours).
     *
     * @throws IdempotencyConflictException when the key was used before with a different task
     */
    public Task create(TaskCreate task, String idempotencyKey) {
        return createVersioned(task, idempotencyKey).value();
    }

    /** {@link #create(TaskCreate)}, with the new task's ETag. */
    public Versioned<Task> createVersioned(TaskCreate task) {
        return createVersioned(task, UUID.randomUUID().toString());
    }

    private Versioned<Task> createVersioned(TaskCreate task, String idempotencyKey) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return versioned(calls.send(AUTHENTICATED, SAFE,
                headers -> api.createTaskWithHttpInfo(task, idempotencyKey, headers)));
    }

    /**
     * The task with this id.
     *
     * @throws NotFoundException when the caller has no such task
     */
    public Task get(UUID id) {
        return getVersioned(id).value();
    }

    /** The task with this id, or empty when the caller has no such task. */
    public Optional<Task> find(UUID id) {
        try {
            return Optional.of(get(id));
        }
        catch (NotFoundException ex) {
            return Optional.empty();
        }
    }

    /** The task with this id and its ETag, for a guarded write later. */
    public Versioned<Task> getVersioned(UUID id) {
        Objects.requireNonNull(id, "id");
        return versioned(calls.send(AUTHENTICATED, SAFE, headers -> api.getTaskWithHttpInfo(id, null, headers)));
    }

    /**
     * The task, unless it is still the version with this ETag: then empty, and the API sent no body
     * ({@code If-None-Match}, 304).
     */
    public Optional<Versioned<Task>> getIfChanged(UUID id, String etag) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(etag, "etag");
        try {
            return Optional.of(versioned(calls.send(AUTHENTICATED, SAFE,
                    headers -> api.getTaskWithHttpInfo(id, etag, headers))));
        }
        catch (TaskApiException ex) {
            if (ex.status() == 304) {
                return Optional.empty();
            }
            throw ex;
        }
    }

    /** Every task, newest first, fetched page by page as the stream is consumed. */
    public Stream<Task> list() {
        return list(TaskQuery.all());
    }

    /**
     * Every task that matches the query, in its order, fetched page by page (following {@code next_cursor})
     * as the stream is consumed: stopping early ({@code limit}, {@code findFirst}) fetches no more pages.
     */
    public Stream<Task> list(TaskQuery query) {
        Objects.requireNonNull(query, "query");
        Iterator<Task> tasks = new Iterator<>() {
            private Iterator<Task> page = Collections.emptyIterator();
            private @Nullable String cursor;
            private boolean lastPage;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !lastPage) {
                    TaskPage next = page(query, cursor);
                    List<Task> items = next.getItems();
                    page = items == null ? Collections.emptyIterator() : items.iterator();
                    cursor = next.getNextCursor();
                    lastPage = cursor == null;
                }
                return page.hasNext();
            }

            @Override
            public Task next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tasks,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * One page of tasks: the first with a null cursor, the next ones with the {@code next_cursor} of the
     * page before (and the same query). {@link #list(TaskQuery)} does this for you.
     */
    public TaskPage page(TaskQuery query, @Nullable String cursor) {
        Objects.requireNonNull(query, "query");
        return calls.send(AUTHENTICATED, SAFE, headers -> api.listTasksWithHttpInfo(query.completed(), query.text(),
                query.dueBefore(), query.sortValue(), query.pageSize(), cursor, headers)).getData();
    }

    /**
     * Changes a task without losing anybody's update: gets it, lets {@code changes} fill in a merge patch,
     * and sends it with the task's ETag in {@code If-Match}. When someone else changed the task in between
     * (412), all of it happens again with the new version, a few times at most.
     *
     * <pre>{@code
     * tasks.update(id, patch -> patch.completed(true));
     * }</pre>
     *
     * @throws PreconditionFailedException when the task kept changing on every attempt
     */
    public Task update(UUID id, Consumer<TaskPatch> changes) {
        Objects.requireNonNull(changes, "changes");
        return update(id, (current, patch) -> changes.accept(patch));
    }

    /**
     * {@link #update(UUID, Consumer)} for changes that depend on the task as it is now:
     * <pre>{@code
     * tasks.update(id, (task, patch) -> patch.title(task.getTitle() + " (urgent)"));
     * }</pre>
     */
    public Task update(UUID id, BiConsumer<Task, TaskPatch> changes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
        for (int attempt = 1; ; attempt++) {
            Versioned<Task> current = getVersioned(id);
            if (current.etag() == null) {
                throw new IllegalStateException("The API sent no ETag for task " + id + "; cannot update it safely");
            }
            TaskPatch patch = new TaskPatch();
            changes.accept(current.value(), patch);
            try {
                return patch(current, patch).value();
            }
            catch (PreconditionFailedException ex) {
                if (attempt >= maxUpdateAttempts) {
                    throw ex;
                }
            }
        }
    }

    /**
     * Sends a merge patch (RFC 7396): fields left unset stay as they are, {@code description(null)} and
     * {@code dueAt(null)} clear those fields. With an ETag, only while the task is still that version.
     *
     * @param ifMatch the ETag the caller saw, or null to change whatever version is current
     * @throws PreconditionFailedException when the task is no longer the version {@code ifMatch} names
     */
    public Versioned<Task> patch(UUID id, TaskPatch patch, @Nullable String ifMatch) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patch, "patch");
        // A conditional patch cannot apply twice, so it may be retried; an unconditional one is not.
        return versioned(calls.send(AUTHENTICATED, ifMatch != null ? SAFE : UNSAFE,
                headers -> api.updateTaskWithHttpInfo(id, patch, ifMatch, headers)));
    }

    /** Patches the task if it is still the version {@code current} holds. */
    public Versioned<Task> patch(Versioned<Task> current, TaskPatch patch) {
        return patch(idOf(current), patch, current.etag());
    }

    /**
     * Replaces every writable field of the task (an unset description or due date is cleared). With an ETag,
     * only while the task is still that version.
     *
     * @param ifMatch the ETag the caller saw, or null to replace whatever version is current
     * @throws PreconditionFailedException when the task is no longer the version {@code ifMatch} names
     */
    public Versioned<Task> replace(UUID id, TaskReplace replacement, @Nullable String ifMatch) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(replacement, "replacement");
        return versioned(calls.send(AUTHENTICATED, SAFE,
                headers -> api.replaceTaskWithHttpInfo(id, replacement, ifMatch, headers)));
    }

    /** Replaces the task if it is still the version {@code current} holds. */
    public Versioned<Task> replace(Versioned<Task> current, TaskReplace replacement) {
        return replace(idOf(current), replacement, current.etag());
    }

    /**
     * Deletes the task, whatever its version.
     *
     * @throws NotFoundException when the caller has no such task
     */
    public void delete(UUID id) {
        delete(id, null);
    }

    /** Deletes the task if it is still the version {@code current} holds. */
    public void delete(Versioned<Task> current) {
        delete(idOf(current), current.etag());
    }

    /**
     * Deletes the task; with an ETag, only while the task is still that version.
     *
     * @throws PreconditionFailedException when the task is no longer the version {@code ifMatch} names
     */
    public void delete(UUID id, @Nullable String ifMatch) {
        Objects.requireNonNull(id, "id");
        calls.send(AUTHENTICATED, SAFE, headers -> api.deleteTaskWithHttpInfo(id, ifMatch, headers));
    }

    private static UUID idOf(Versioned<Task> current) {
        return Objects.requireNonNull(current.value().getId(), "the task has no id");
    }

    private static Versioned<Task> versioned(ApiResponse<Task> response) {
        Map<String, List<String>> headers = response.getHeaders();
        List<String> etags = headers == null ? null : headers.get("ETag");
        String etag = etags == null || etags.isEmpty() ? null : etags.get(0);
        return new Versioned<>(response.getData(), etag);
    }
}
