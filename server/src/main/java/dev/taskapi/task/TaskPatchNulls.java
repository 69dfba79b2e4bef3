package dev.taskapi.task;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.taskapi.api.model.TaskPatch;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * In a merge patch, {@code "title": null} would mean "remove the title", which a task cannot do. The
 * generated model cannot tell null from absent for non-nullable fields, so reading fails right there
 * and the caller gets a 422 naming the field instead of a silently ignored change.
 */
@JacksonMixin(TaskPatch.class)
abstract class TaskPatchNulls {

    @JsonSetter(nulls = Nulls.FAIL)
    abstract void setTitle(String title);

    @JsonSetter(nulls = Nulls.FAIL)
    abstract void setCompleted(Boolean completed);
}
