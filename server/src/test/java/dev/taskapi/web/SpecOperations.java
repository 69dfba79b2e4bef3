package dev.taskapi.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** Every operation of {@code openapi.yaml}, read from the spec itself, so a new operation is covered at once. */
record SpecOperations(String method, String template, Operation operation, boolean secured) {

    static final OpenAPI SPEC = parse();

    static List<SpecOperations> all() {
        List<SpecOperations> operations = new ArrayList<>();
        SPEC.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean secured = operation.getSecurity() == null ? !SPEC.getSecurity().isEmpty()
                    : !operation.getSecurity().isEmpty();
            operations.add(new SpecOperations(method.name(), template, operation, secured));
        }));
        return operations;
    }

    /** The template with a fresh id for every variable. */
    String path() {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The request headers the operation reads, lower case as browsers name them in a preflight. */
    List<String> requestHeaders() {
        List<String> headers = new ArrayList<>();
        if (secured) {
            headers.add("authorization");
        }
        if (operation.getRequestBody() != null) {
            headers.add("content-type");
        }
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (SPEC.getPaths().get(template).getParameters() != null) {
            parameters.addAll(SPEC.getPaths().get(template).getParameters());
        }
        parameters.stream().filter(parameter -> "header".equals(parameter.getIn()))
                .map(parameter -> parameter.getName().toLowerCase(Locale.ROOT))
                .forEach(headers::add);
        headers.add("x-request-id");
        return headers;
    }

    List<String> bodyContentTypes() {
        return operation.getRequestBody() == null ? List.of()
                : List.copyOf(operation.getRequestBody().getContent().keySet());
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    private static OpenAPI parse() {
        try (InputStream in = SpecOperations.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            return new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null,
                    options).getOpenAPI();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
