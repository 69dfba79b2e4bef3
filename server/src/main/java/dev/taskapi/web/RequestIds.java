package dev.taskapi.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** The request id: the caller's own when it is well-formed, a fresh one otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "request_id";
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    static String accept(@Nullable String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    public static String current(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String value) {
            return value;
        }
        // Only reached when a request bypassed the filter (an error dispatch of a foreign request).
        String generated = accept(null);
        request.setAttribute(ATTRIBUTE, generated);
        return generated;
    }
}
