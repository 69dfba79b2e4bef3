package dev.taskapi.web;

import java.util.List;

/** A request that was read but breaks a rule the generated bean validation cannot express. */
public class RequestValidationException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public RequestValidationException(FieldViolation violation) {
        super(violation.field() + ": " + violation.message());
        this.violations = List.of(violation);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
