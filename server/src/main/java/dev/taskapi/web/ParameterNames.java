package dev.taskapi.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedMethod;
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

    /** The parameter a method-validation violation is about, when it can be found. */
    static String of(ConstraintViolation<?> violation) {
        MethodParameter parameter = parameter(violation);
        if (parameter != null) {
            return of(parameter);
        }
        String leaf = "";
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return JsonNames.of(leaf);
    }

    static <A extends Annotation> @Nullable A annotation(ConstraintViolation<?> violation, Class<A> type) {
        MethodParameter parameter = parameter(violation);
        return parameter == null ? null : parameter.getParameterAnnotation(type);
    }

    private static @Nullable MethodParameter parameter(ConstraintViolation<?> violation) {
        String methodName = null;
        int index = -1;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                methodName = node.getName();
            }
            else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (methodName == null || index < 0) {
            return null;
        }
        for (Method method : violation.getRootBeanClass().getMethods()) {
            if (method.getName().equals(methodName) && method.getParameterCount() > index) {
                // AnnotatedMethod sees the annotations the generated interface puts on its parameters.
                return new AnnotatedMethod(method).getMethodParameters()[index];
            }
        }
        return null;
    }
}
