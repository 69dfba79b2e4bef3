package dev.taskapi.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.taskapi.client.ApiClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.ObjectMapper;

/**
 * The examples of {@code openapi.yaml} ({@code components/examples}), as JSON: what the WireMock tests
 * answer with, so the SDK is tested against the shapes the spec promises, not shapes made up for a test.
 */
final class SpecExamples {

    private static final ObjectMapper JSON = ApiClient.createDefaultObjectMapper();
    private static final Map<String, Object> EXAMPLES = load();

    private SpecExamples() {
    }

    /** The value of the example with this name, as a mutable copy to change for a test. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> example(String name) {
        Map<String, Object> example = (Map<String, Object>) EXAMPLES.get(name);
        if (example == null) {
            throw new IllegalArgumentException("openapi.yaml has no example " + name);
        }
        return (Map<String, Object>) deepCopy(example.get("value"));
    }

    /** The example as JSON. */
    static String json(String name) {
        return json(example(name));
    }

    /** The example changed in a few members, as JSON. */
    static String json(String name, Map<String, ?> changes) {
        Map<String, Object> example = example(name);
        example.putAll(changes);
        return json(example);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream spec = SpecExamples.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (spec == null) {
                throw new IllegalStateException("openapi.yaml is not on the test classpath");
            }
            Map<String, Object> document = new Yaml().load(spec);
            return (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("examples");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
