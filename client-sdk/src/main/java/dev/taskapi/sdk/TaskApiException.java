package dev.taskapi.sdk;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.taskapi.client.model.ErrorCode;
import dev.taskapi.client.model.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * A request the API refused or answered with an error, with the problem details (RFC 9457) of its answer:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and the extension members
 * {@code error}, {@code message}, {@code request_id} and {@code errors}.
 * <p>
 * The subclasses are the answers worth catching on their own ({@link NotFoundException},
 * {@link PreconditionFailedException}, {@link ValidationException}, ...); any other status arrives as this
 * class. A request that got no answer at all is a {@link TaskApiTransportException}. Unchecked, like every
 * exception of the SDK.
 */
public class TaskApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The headers of an answer that had none, or never came. */
    static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    private final int status;
    private final transient Problem problem;
    private final transient HttpHeaders headers;

    TaskApiException(int status, Problem problem, HttpHeaders headers) {
        super(describe(status, problem));
        this.status = status;
        this.problem = problem;
        this.headers = headers;
    }

    /** For answers that never came: no status, no problem. */
    TaskApiException(String message, @Nullable Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.problem = Problem.NONE;
        this.headers = NO_HEADERS;
    }

    /** The HTTP status of the answer; 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The problem type, a URI such as {@code https://taskapi.dev/problems/not-found}. */
    public @Nullable String type() {
        return problem.type();
    }

    /** The HTTP reason phrase, e.g. {@code Not Found}. */
    public @Nullable String title() {
        return problem.title();
    }

    /** What went wrong, for a human. */
    public @Nullable String detail() {
        return problem.detail();
    }

    /** The path of the request that failed. */
    public @Nullable String instance() {
        return problem.instance();
    }

    /** The short category to switch on, e.g. {@code not_found} or {@code validation_failed}. */
    public @Nullable String error() {
        return problem.error();
    }

    /** {@link #error()} as the spec's enum; empty when absent or unknown to this SDK version. */
    public Optional<ErrorCode> errorCode() {
        String error = problem.error();
        if (error == null) {
            return Optional.empty();
        }
        for (ErrorCode code : ErrorCode.values()) {
            if (code.getValue().equals(error)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The problem's {@code message} member: the same sentence as {@link #detail()}, for clients that read it. */
    public @Nullable String problemMessage() {
        return problem.message();
    }

    /** The id of the request; quote it when reporting a problem. */
    public @Nullable String requestId() {
        return problem.requestId() != null ? problem.requestId() : headers.firstValue("X-Request-ID").orElse(null);
    }

    /** For validation failures, one entry per broken rule; empty otherwise. */
    public List<FieldError> errors() {
        return problem.errors();
    }

    /** The headers of the answer (empty when there was none). */
    public HttpHeaders headers() {
        return headers;
    }

    /** The body of the answer as it came, decoded as UTF-8; null when there was none. */
    public @Nullable String body() {
        return problem.body();
    }

    private static String describe(int status, Problem problem) {
        StringBuilder text = new StringBuilder().append(status);
        if (problem.title() != null) {
            text.append(' ').append(problem.title());
        }
        if (problem.detail() != null) {
            text.append(": ").append(problem.detail());
        }
        if (problem.requestId() != null) {
            text.append(" (request ").append(problem.requestId()).append(')');
        }
        return text.toString();
    }
}
