package dev.taskapi.sdk;

import java.net.http.HttpHeaders;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.taskapi.client.model.FieldError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The problem details of an error answer, read leniently: an unknown {@code error} code or a body that is not
 * problem+json at all (a proxy's HTML page, say) still gives an exception with the status, never a parse error.
 */
record Problem(@Nullable String type, @Nullable String title, @Nullable String detail, @Nullable String instance,
               @Nullable String error, @Nullable String message, @Nullable String requestId, List<FieldError> errors,
               @Nullable String body) {

    static final Problem NONE = new Problem(null, null, null, null, null, null, null, List.of(), null);

    /** The members as the spec names them; everything optional, unknown members ignored. */
    private record Body(@JsonProperty("type") @Nullable String type,
                        @JsonProperty("title") @Nullable String title,
                        @JsonProperty("detail") @Nullable String detail,
                        @JsonProperty("instance") @Nullable String instance,
                        @JsonProperty("error") @Nullable String error,
                        @JsonProperty("message") @Nullable String message,
                        @JsonProperty("request_id") @Nullable String requestId,
                        @JsonProperty("errors") @Nullable List<FieldError> errors) {
    }

    static Problem read(@Nullable String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        try {
            Body read = mapper.readValue(body, Body.class);
            return new Problem(read.type(), read.title(), read.detail(), read.instance(), read.error(), read.message(),
                    read.requestId(), read.errors() == null ? List.of() : List.copyOf(read.errors()), body);
        }
        catch (JacksonException ex) {
            return new Problem(null, null, null, null, null, null, null, List.of(), body);
        }
    }

    /** The exception a caller would catch for this answer. */
    static TaskApiException toException(int status, @Nullable String body, HttpHeaders headers, ObjectMapper mapper) {
        Problem problem = read(body, mapper);
        return switch (status) {
            case 400 -> new BadRequestException(status, problem, headers);
            case 401 -> new UnauthorizedException(status, problem, headers);
            case 403 -> new ForbiddenException(status, problem, headers);
            case 404 -> new NotFoundException(status, problem, headers);
            case 409 -> "idempotency_conflict".equals(problem.error())
                    ? new IdempotencyConflictException(status, problem, headers)
                    : new ConflictException(status, problem, headers);
            case 412 -> new PreconditionFailedException(status, problem, headers);
            case 422 -> new ValidationException(status, problem, headers);
            case 429 -> new RateLimitedException(status, problem, headers);
            case 503 -> new ServiceUnavailableException(status, problem, headers);
            default -> status >= 500
                    ? new ServerErrorException(status, problem, headers)
                    : new TaskApiException(status, problem, headers);
        };
    }
}
