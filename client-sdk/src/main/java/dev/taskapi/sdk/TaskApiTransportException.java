package dev.taskapi.sdk;

/**
 * No usable answer: the connection failed or timed out, the thread was interrupted, or the answer could
 * not be read. {@link #status()} is 0. Not retried by the client: whether the request reached the server
 * is unknown.
 */
public class TaskApiTransportException extends TaskApiException {

    private static final long serialVersionUID = 1L;

    TaskApiTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
