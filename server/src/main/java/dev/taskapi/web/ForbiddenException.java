package dev.taskapi.web;

/** The caller is known but may not do this. */
public class ForbiddenException extends RuntimeException {

    public static final String FOREIGN_USER = "You may only access your own tasks.";

    public ForbiddenException(String message) {
        super(message);
    }
}
