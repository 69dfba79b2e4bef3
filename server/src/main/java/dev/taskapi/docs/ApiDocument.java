package dev.taskapi.docs;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-written spec as the server publishes it: the YAML exactly as written (the {@code api-spec}
 * jar carries it as the classpath resource {@code openapi.yaml}), and the same document as JSON,
 * converted once at startup. Nothing here is generated from code.
 */
@Component
class ApiDocument {

    static final String RESOURCE = "openapi.yaml";

    private final byte[] yaml;
    private final byte[] json;

    ApiDocument() {
        try {
            this.yaml = new ClassPathResource(RESOURCE).getContentAsByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The spec " + RESOURCE + " is not on the classpath", ex);
        }
        JsonNode tree = YAMLMapper.builder().build().readTree(yaml);
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(tree);
    }

    byte[] yaml() {
        return yaml.clone();
    }

    byte[] json() {
        return json.clone();
    }
}
