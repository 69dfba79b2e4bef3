package dev.taskapi.web;

/**
 * One broken rule of a request, as the spec's {@code FieldError}: where ({@code field}), why in words,
 * and a stable {@code code} a client can switch on.
 */
public record FieldViolation(String field, String message, String code) {
}
