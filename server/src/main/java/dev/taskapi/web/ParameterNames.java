package dev.taskapi.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The name a client knows a parameter by ({@code due_before}, {@code If-Match}), not its Java name.
 * The generated interfaces carry it in their binding annotations.
 */
final class ParameterNames {

    private ParameterNames() {
    }

    static String of(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" : JsonNames.of(name);
    }
}
