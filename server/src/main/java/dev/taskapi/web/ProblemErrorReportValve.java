package dev.taskapi.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on a request it refused itself, before the application saw it (a request line or header
 * section over its limits, a malformed request): the same problem body as every other error, with the same
 * security headers, instead of Tomcat's HTML page. Errors the application sees go to {@link ProblemErrorController}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = Problems.of(status, ErrorCodes.of(status), status.getReasonPhrase() + ".", request);
        try {
            response.setHeader(RequestIds.HEADER, RequestIds.current(request));
            SecurityHeaders.writeForContainerError(request, response);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(problem));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }

    /** Written by hand: this valve lives in Tomcat, outside the application's JSON mapper. */
    static String json(ProblemDetail problem) {
        StringBuilder json = new StringBuilder("{");
        member(json, "type", String.valueOf(problem.getType())).append(',');
        member(json, "title", String.valueOf(problem.getTitle())).append(',');
        json.append("\"status\":").append(problem.getStatus()).append(',');
        member(json, "detail", String.valueOf(problem.getDetail())).append(',');
        member(json, "instance", String.valueOf(problem.getInstance())).append(',');
        var properties = problem.getProperties();
        member(json, "error", String.valueOf(properties.get("error"))).append(',');
        member(json, "message", String.valueOf(properties.get("message"))).append(',');
        member(json, "request_id", String.valueOf(properties.get("request_id")));
        return json.append('}').toString();
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
