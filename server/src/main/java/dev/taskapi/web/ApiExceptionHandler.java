package dev.taskapi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.taskapi.api.model.ErrorCode;
import dev.taskapi.task.IdempotencyConflictException;
import dev.taskapi.task.StaleTaskException;
import dev.taskapi.task.TaskNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions from controllers become problems. Filters use the same
 * {@link Problems} factory through {@link ProblemResponseWriter}, so a client sees one error shape.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TaskNotFoundException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, ex.getMessage(), request);
    }

    @ExceptionHandler(StaleTaskException.class)
    ResponseEntity<ProblemDetail> stale(StaleTaskException ex, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, ErrorCode.PRECONDITION_FAILED, ex.getMessage(), request);
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> idempotencyConflict(IdempotencyConflictException ex, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, ErrorCode.IDEMPOTENCY_CONFLICT, ex.getMessage(), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, ex.getMessage(), request);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException ex, HttpServletRequest request) {
        return problem(ex.status(), ex.error(), ex.getMessage(), request);
    }

    @ExceptionHandler(RequestValidationException.class)
    ResponseEntity<ProblemDetail> invalid(RequestValidationException ex, HttpServletRequest request) {
        return Problems.response(Problems.validation(ex.violations(), request));
    }

    /** Bean validation of a request body, on an operation with no constrained parameters. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
        return Problems.response(Problems.validation(fieldViolations(ex.getBindingResult()), request));
    }

    /**
     * Bean validation of parameters, which Spring MVC runs itself (the body too, on an operation that also has
     * constrained parameters). A malformed id in the path names nothing the caller owns: the answer is the
     * one for a missing resource.
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            MethodParameter parameter = result.getMethodParameter();
            String name = ParameterNames.of(parameter);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                return name.equals("user_id") && !isAdminPath(request)
                        ? problem(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, ForbiddenException.FOREIGN_USER, request)
                        : problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, noSuchResource(name), request);
            }
            if (result instanceof ParameterErrors body) {
                violations.addAll(fieldViolations(body));
                continue;
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                ConstraintViolation<?> violation = result.unwrap(error, ConstraintViolation.class);
                violations.add(violation != null ? Violations.of(name, violation)
                        : new FieldViolation(name, String.valueOf(error.getDefaultMessage()), "invalid"));
            }
        }
        return Problems.response(Problems.validation(violations, request));
    }

    private static List<FieldViolation> fieldViolations(Errors errors) {
        return errors.getFieldErrors().stream()
                .map(error -> error.contains(ConstraintViolation.class)
                        ? Violations.of(JsonNames.of(error.getField()), error.unwrap(ConstraintViolation.class))
                        : new FieldViolation(JsonNames.of(error.getField()), message(error), "invalid"))
                .toList();
    }

    /** A value that is not of the parameter's type: a malformed id is a 404, anything else a 422. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        MethodParameter parameter = ex.getParameter();
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, noSuchResource(ParameterNames.of(parameter)),
                    request);
        }
        FieldViolation violation = new FieldViolation(ParameterNames.of(parameter),
                "must be a valid " + ex.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT)
                        .replace("offsetdatetime", "RFC 3339 date-time"),
                "invalid_format");
        return Problems.response(Problems.validation(List.of(violation), request));
    }

    /**
     * A body that could not be read. Not JSON at all is a 400; JSON that breaks the schema (an unknown
     * property, a null where none is allowed, a string where a boolean belongs) is a 422 naming the field.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        if (FailureProblems.isBodyTooLarge(ex)) {
            return Problems.response(FailureProblems.of(ex, request));
        }
        Throwable cause = ex.getCause();
        if (cause instanceof StreamReadException || !(cause instanceof JacksonException jackson)) {
            String detail = cause == null ? "The request body is missing." : "The request body is not valid JSON.";
            return problem(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_JSON, detail, request);
        }
        String field = jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        FieldViolation violation;
        if (cause instanceof UnrecognizedPropertyException) {
            violation = new FieldViolation(field, "is not a property of this request", "unknown_property");
        }
        else if (cause instanceof InvalidNullException) {
            violation = new FieldViolation(field, "must not be null", "null_not_allowed");
        }
        else {
            violation = new FieldViolation(field.isEmpty() ? "body" : field, "has the wrong type or format",
                    "invalid_format");
        }
        return Problems.response(Problems.validation(List.of(violation), request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException ex,
                                                       HttpServletRequest request) {
        String supported = ex.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(" or "));
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type '" + ex.getContentType() + "' is not supported; use " + supported + ".", request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, "There is nothing at this path.", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failure(Exception ex, HttpServletRequest request) {
        if (ex instanceof ErrorResponse webError && !FailureProblems.isBodyTooLarge(ex)) {
            return springWebError(webError, request);
        }
        return Problems.response(FailureProblems.of(ex, request));
    }

    /** Spring's other web errors (405, 406, ...) keep their status and get our body. */
    private static ResponseEntity<ProblemDetail> springWebError(ErrorResponse ex, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
        return problem(status, ErrorCodes.of(status), status.getReasonPhrase() + ".", request);
    }

    /** A malformed id in a path names nothing: the answer for a missing task or account, by the id's name. */
    private static String noSuchResource(String pathVariable) {
        return pathVariable.equals("user_id") ? "There is no such user." : "There is no such task.";
    }

    private static boolean isAdminPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/v1/admin/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ErrorCode error, String detail,
                                                         HttpServletRequest request) {
        return Problems.response(Problems.of(status, error, detail, request));
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    }
}
