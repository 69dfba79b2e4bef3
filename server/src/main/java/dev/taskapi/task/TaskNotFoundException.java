package dev.taskapi.task;

/** No task with that id belongs to the caller, whether it does not exist or belongs to someone else. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException() {
        super("There is no such task.");
    }
}
