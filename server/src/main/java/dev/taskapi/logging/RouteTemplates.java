package dev.taskapi.logging;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The route template of a request ({@code /api/v1/tasks/{task_id}}), never its raw path: ids in a path
 * would make every request a new value for whatever aggregates the logs. A request the dispatcher served
 * carries the pattern it matched; one answered before it (a 401, a 413) is matched against the same
 * patterns here. A path no route knows is {@code unmatched}.
 */
@Component
public class RouteTemplates {

    static final String UNMATCHED = "unmatched";

    private final ObjectProvider<RequestMappingHandlerMapping> handlerMapping;
    private volatile @Nullable List<PathPattern> patterns;

    RouteTemplates(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMapping) {
        this.handlerMapping = handlerMapping;
    }

    public String of(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String matched) {
            return matched;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern pattern : patterns()) {
            if (pattern.matches(path)) {
                return pattern.getPatternString();
            }
        }
        return UNMATCHED;
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            RequestMappingHandlerMapping mapping = handlerMapping.getIfAvailable();
            if (mapping == null) {
                return List.of();
            }
            known = mapping.getHandlerMethods().keySet().stream()
                    .map(info -> info.getPathPatternsCondition())
                    .filter(Objects::nonNull)
                    .map(PathPatternsRequestCondition::getPatterns)
                    .flatMap(java.util.Set::stream)
                    .distinct()
                    .sorted(Comparator.comparing(pattern -> pattern, PathPattern.SPECIFICITY_COMPARATOR))
                    .toList();
            patterns = known;
        }
        return known;
    }
}
