package dev.taskapi.task;

/** A conditional write found the task at another version than the caller expected. */
public class StaleTaskException extends RuntimeException {

    public StaleTaskException() {
        super("The task has changed since the ETag in If-Match; fetch it again.");
    }
}
