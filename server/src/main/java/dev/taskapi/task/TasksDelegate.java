package dev.taskapi.task;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.taskapi.api.TasksApiDelegate;
import dev.taskapi.api.model.TaskCreate;
import dev.taskapi.api.model.TaskPage;
import dev.taskapi.api.model.TaskPatch;
import dev.taskapi.api.model.TaskReplace;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code /api/v1/tasks}: the operations of the {@code Tasks} tag. */
@Component
class TasksDelegate implements TasksApiDelegate {

    private final TaskOperations operations;

    TasksDelegate(TaskOperations operations) {
        this.operations = operations;
    }

    @Override
    public ResponseEntity<TaskPage> listTasks(@Nullable Boolean completed, @Nullable String q,
                                              @Nullable OffsetDateTime dueBefore, String sort, Integer limit,
                                              @Nullable String cursor) {
        TaskService.Page page = operations.list(completed, q, dueBefore, sort, limit, cursor);
        return ResponseEntity.ok(new TaskPage()
                .items(page.items().stream().map(TaskMapper::toApi).toList())
                .nextCursor(page.next() == null ? null : page.next().encode()));
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> createTask(TaskCreate taskCreate,
                                                                 @Nullable String idempotencyKey) {
        return operations.create(taskCreate, idempotencyKey);
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> getTask(UUID taskId, @Nullable String ifNoneMatch) {
        return operations.get(taskId, ifNoneMatch);
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> replaceTask(UUID taskId, TaskReplace taskReplace,
                                                                  @Nullable String ifMatch) {
        return operations.replace(taskId, taskReplace, ifMatch);
    }

    @Override
    public ResponseEntity<dev.taskapi.api.model.Task> updateTask(UUID taskId, TaskPatch taskPatch,
                                                                 @Nullable String ifMatch) {
        return operations.update(taskId, taskPatch, ifMatch);
    }

    @Override
    public ResponseEntity<Void> deleteTask(UUID taskId, @Nullable String ifMatch) {
        return operations.delete(taskId, ifMatch);
    }
}
