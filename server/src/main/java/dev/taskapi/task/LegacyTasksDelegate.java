package dev.taskapi.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.taskapi.api.LegacyTasksApiDelegate;
import dev.taskapi.api.model.TaskCreate;
import dev.taskapi.api.model.TaskPatch;
import dev.taskapi.api.model.TaskReplace;
import dev.taskapi.user.CurrentUser;
import dev.taskapi.web.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code /api/{user_id}/tasks}: the paths existing frontends call. The same operations as v1 once the
 * {@code user_id} in the URL is shown to be the caller's; every answer points to its v1 successor.
 */
@Component
class LegacyTasksDelegate implements LegacyTasksApiDelegate {

    /** When these paths were deprecated: 2026-01-01T00:00:00Z, as an RFC 9745 structured date. */
    static final String DEPRECATION = "@1767225600";

    private final TaskOperations operations;
    private final CurrentUser currentUser;

    LegacyTasksDelegate(TaskOperations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
    }

    @Override
    public ResponseEntity<List<dev.taskapi.api.model.Task>> listLegacyTasks(
            String userId, @Nullable Boolean completed, @Nullable String q, @Nullable OffsetDateTime dueBefore,
            String sort, Integer limit) {
        return asCaller(userId, "/api/v1/tasks", () -> ResponseEntity.ok(
                operations.list(completed, q, dueBefore, sort, limit, null).items().stream()
                        .map(TaskMapper::toApi).toList()));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> createLegacyTask(String userId, TaskCreate taskCreate,
                                                                       @Nullable String idempotencyKey) {
        return asCaller(userId, "/api/v1/tasks", () -> operations.create(taskCreate, idempotencyKey));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> getLegacyTask(String userId, UUID taskId,
                                                                    @Nullable String ifNoneMatch) {
        return asCaller(userId, v1(taskId), () -> operations.get(taskId, ifNoneMatch));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> replaceLegacyTask(String userId, UUID taskId,
                                                                        TaskReplace taskReplace,
                                                                        @Nullable String ifMatch) {
        return asCaller(userId, v1(taskId), () -> operations.replace(taskId, taskReplace, ifMatch));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> updateLegacyTask(String userId, UUID taskId,
                                                                       TaskPatch taskPatch,
                                                                       @Nullable String ifMatch) {
        return asCaller(userId, v1(taskId), () -> operations.update(taskId, taskPatch, ifMatch));
    }

    @Override
    public ResponseEntity<Void> deleteLegacyTask(String userId, UUID taskId, @Nullable String ifMatch) {
        return asCaller(userId, v1(taskId), () -> operations.delete(taskId, ifMatch));
    }

    /** Runs the operation only for the caller's own {@code user_id}, and marks the answer deprecated. */
    private <T> ResponseEntity<T> asCaller(String userId, String successor, Supplier<ResponseEntity<T>> operation) {
        if (!currentUser.get().isNamedBy(userId)) {
            throw new ForbiddenException(ForbiddenException.FOREIGN_USER);
        }
        ResponseEntity<T> response = operation.get();
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(response.getHeaders());
        headers.set("Deprecation", DEPRECATION);
        headers.set(HttpHeaders.LINK, "<" + successor + ">; rel=\"successor-version\"");
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    private static String v1(UUID taskId) {
        return "/api/v1/tasks/" + taskId;
    }
}
