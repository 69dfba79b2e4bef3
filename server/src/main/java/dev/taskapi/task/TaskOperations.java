package dev.taskapi.task;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.taskapi.api.model.TaskCreate;
import dev.taskapi.api.model.TaskPatch;
import dev.taskapi.api.model.TaskReplace;
import dev.taskapi.user.CurrentUser;
import dev.taskapi.web.FieldViolation;
import dev.taskapi.web.RequestValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The HTTP side of task operations, shared by the v1 and the legacy paths: reads the caller, parses
 * query parameters and conditional headers, and sets {@code ETag} and {@code Location}.
 */
@Component
class TaskOperations {

    private final TaskService tasks;
    private final CurrentUser currentUser;

    TaskOperations(TaskService tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    TaskService.Page list(@Nullable Boolean completed, @Nullable String q, @Nullable OffsetDateTime dueBefore,
                          String sort, int limit, @Nullable String cursor) {
        TaskSort order = TaskSort.fromParameter(sort).orElseThrow(() -> invalid("sort",
                "must be one of created_at, -created_at, due_at, -due_at, title"));
        TaskCursor after = null;
        if (cursor != null) {
            after = TaskCursor.decode(cursor).filter(decoded -> decoded.sort() == order).orElseThrow(() ->
                    invalid("cursor", "is not a cursor of this list with this sort; start again without it"));
        }
        TaskFilter filter = new TaskFilter(completed, q, TaskMapper.instant(dueBefore));
        return tasks.list(callerId(), filter, order, after, limit);
    }

    ResponseEntity<dev.taskapi.api.model.Task> create(TaskCreate body, @Nullable String idempotencyKey) {
        TaskService.Created created = tasks.create(callerId(), TaskMapper.toDraft(body), idempotencyKey);
        Task task = created.task();
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(task.id())
                .toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(location.getRawPath()))
                .eTag(ETags.of(task))
                .body(TaskMapper.toApi(task));
    }

    ResponseEntity<dev.taskapi.api.model.Task> get(UUID taskId, @Nullable String ifNoneMatch) {
        Task task = tasks.get(callerId(), taskId);
        if (ETags.noneMatchHits(ifNoneMatch, task)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(ETags.of(task)).build();
        }
        return ok(task);
    }

    ResponseEntity<dev.taskapi.api.model.Task> replace(UUID taskId, TaskReplace body, @Nullable String ifMatch) {
        return ok(tasks.replace(callerId(), taskId, TaskMapper.toDraft(body), ETags.ifMatch(ifMatch)));
    }

    ResponseEntity<dev.taskapi.api.model.Task> update(UUID taskId, TaskPatch body, @Nullable String ifMatch) {
        return ok(tasks.update(callerId(), taskId, TaskMapper.toChanges(body), ETags.ifMatch(ifMatch)));
    }

    ResponseEntity<Void> delete(UUID taskId, @Nullable String ifMatch) {
        tasks.delete(callerId(), taskId, ETags.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<dev.taskapi.api.model.Task> ok(Task task) {
        return ResponseEntity.ok().eTag(ETags.of(task)).body(TaskMapper.toApi(task));
    }

    private UUID callerId() {
        return currentUser.get().id();
    }

    private static RequestValidationException invalid(String field, String message) {
        return new RequestValidationException(new FieldViolation(field, message, "invalid_value"));
    }
}
