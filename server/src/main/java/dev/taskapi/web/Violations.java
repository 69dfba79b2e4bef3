package dev.taskapi.web;

import java.lang.annotation.Annotation;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

/** A Bean Validation failure as the spec's {@code FieldError}, with a code a client can switch on. */
final class Violations {

    private Violations() {
    }

    static FieldViolation of(String field, ConstraintViolation<?> violation) {
        return new FieldViolation(field, violation.getMessage(), code(violation));
    }

    private static String code(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        return switch (constraint.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> isTooShort(violation) ? "too_short" : "too_long";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> "out_of_range";
            case "Pattern" -> "pattern";
            case "Email" -> "invalid_format";
            default -> "invalid";
        };
    }

    private static boolean isTooShort(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        return value instanceof CharSequence text && attributes.get("min") instanceof Integer min
                && text.length() < min;
    }
}
