package dev.taskapi.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of tasks. Every method takes the owner's id first and never touches another owner's rows;
 * a foreign task is indistinguishable from a missing one.
 */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    TaskService(TaskRepository tasks, IdempotencyKeys idempotencyKeys, Clock clock) {
        this.tasks = tasks;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** One page and, when more follow, the cursor of the next one. */
    public record Page(List<Task> items, @Nullable TaskCursor next) {
    }

    /** A created task; {@code replayed} when an idempotent retry returned the first request's task. */
    public record Created(Task task, boolean replayed) {
    }

    /** One statement: autocommit, no transaction (it would only add a COMMIT round trip). */
    public Page list(UUID userId, TaskFilter filter, TaskSort sort, @Nullable TaskCursor after, int limit) {
        // One row more than asked tells whether another page follows, without a count query.
        List<Task> rows = tasks.findPage(userId, filter, sort, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        List<Task> items = rows.subList(0, limit);
        return new Page(List.copyOf(items), TaskCursor.after(items.get(limit - 1), sort));
    }

    /** One statement, like {@link #list}. */
    public Task get(UUID userId, UUID taskId) {
        return tasks.findByIdAndUserId(taskId, userId).orElseThrow(TaskNotFoundException::new);
    }

    @Transactional
    public Created create(UUID userId, TaskDraft draft, @Nullable String idempotencyKey) {
        Task task = Task.create(userId, draft, now());
        if (idempotencyKey == null) {
            return new Created(tasks.save(task), false);
        }
        String fingerprint = draft.fingerprint();
        if (idempotencyKeys.claim(userId, idempotencyKey, fingerprint, task.id())) {
            return new Created(tasks.save(task), false);
        }
        IdempotencyKeys.Entry first = idempotencyKeys.find(userId, idempotencyKey)
                .orElseThrow(() -> new IllegalStateException("A claimed idempotency key vanished"));
        if (!first.requestHash().equals(fingerprint)) {
            throw new IdempotencyConflictException(
                    "This Idempotency-Key was already used with a different request body.");
        }
        Task created = tasks.findByIdAndUserId(first.taskId(), userId)
                .orElseThrow(() -> new IdempotencyConflictException(
                        "This Idempotency-Key created a task that has since been deleted."));
        return new Created(created, true);
    }

    @Transactional
    public Task replace(UUID userId, UUID taskId, TaskDraft draft, ExpectedVersions expected) {
        return readModifyWrite(userId, taskId, expected, current -> current.replace(draft, now()));
    }

    @Transactional
    public Task update(UUID userId, UUID taskId, TaskChanges changes, ExpectedVersions expected) {
        return readModifyWrite(userId, taskId, expected, current -> current.apply(changes, now()));
    }

    @Transactional
    public void delete(UUID userId, UUID taskId, ExpectedVersions expected) {
        if (expected.any()) {
            if (tasks.deleteByIdAndUserId(taskId, userId) == 0) {
                throw new TaskNotFoundException();
            }
            return;
        }
        Task current = currentAt(userId, taskId, expected);
        if (tasks.deleteByIdAndUserIdAndVersion(taskId, userId, current.version()) == 0) {
            throw new StaleTaskException();
        }
    }

    /**
     * Applies a change to the version the caller expects. The task is read with a row lock, so a
     * concurrent writer waits for this one and then sees its result: a caller that named a version gets
     * a 412 if another write came first, and one that did not applies its change to the newest version.
     * No write is lost, and none has to be retried.
     */
    private Task readModifyWrite(UUID userId, UUID taskId, ExpectedVersions expected, UnaryOperator<Task> change) {
        Task current = tasks.lockByIdAndUserId(taskId, userId).orElseThrow(TaskNotFoundException::new);
        if (!expected.accepts(current.version())) {
            throw new StaleTaskException();
        }
        return tasks.save(change.apply(current));
    }

    private Task currentAt(UUID userId, UUID taskId, ExpectedVersions expected) {
        Task current = get(userId, taskId);
        if (!expected.accepts(current.version())) {
            throw new StaleTaskException();
        }
        return current;
    }

    /** PostgreSQL keeps microseconds; so does everything we hand out, so cursors and ETags round-trip. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
