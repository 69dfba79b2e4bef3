package dev.taskapi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what the servlet container sends to its error page, in place of Spring Boot's own error body:
 * a request Tomcat refused before any filter ran (a header section too large, say), a {@code sendError}
 * anywhere, a failure nothing else caught. The same problem body as every other error.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        HttpServletRequest original = new OriginalPath(request);
        if (!response.containsHeader(RequestIds.HEADER)) {
            response.setHeader(RequestIds.HEADER, RequestIds.current(request));
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            return Problems.response(FailureProblems.of(failure, original));
        }
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? statusOf(code) : HttpStatus.NOT_FOUND;
        String detail = status == HttpStatus.NOT_FOUND ? "There is nothing at this path." : status.getReasonPhrase() + ".";
        return Problems.response(Problems.of(status, ErrorCodes.of(status), detail, original));
    }

    private static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        if (status != null && status.isError()) {
            return status;
        }
        return code >= 400 && code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The path the client asked for, not the error page's. */
    private static final class OriginalPath extends HttpServletRequestWrapper {

        OriginalPath(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : super.getRequestURI();
        }
    }
}
