package dev.taskapi.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checker itself: each test changes a copy of today's spec the way an author might, and asserts what
 * the build would say about it.
 */
class CompatibilityCheckTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String SPEC = resource("openapi.yaml");

    @Test
    void theSpecUnchangedIsCompatible() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, SPEC);

        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.acceptable()).isTrue();
    }

    @Test
    void removingAnOperationBreaksClients() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC,
                changed(spec -> path(spec, "/api/v1/tasks/{task_id}").remove("delete")));

        assertThat(verdict.breaking()).isTrue();
        assertThat(verdict.acceptable()).as("the same minor version").isFalse();
        assertThat(verdict.changes()).contains("DELETE").contains("/api/v1/tasks/{task_id}");
    }

    @Test
    void theSameBreakIsAcceptedInANewMajorVersion() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, changed(spec -> {
            path(spec, "/api/v1/tasks/{task_id}").remove("delete");
            ((ObjectNode) spec.get("info")).put("version", "2.0.0");
        }));

        assertThat(verdict.breaking()).isTrue();
        assertThat(verdict.newMajorVersion()).isTrue();
        assertThat(verdict.acceptable()).isTrue();
    }

    @Test
    void aNewMinorVersionDoesNotExcuseABreak() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, changed(spec -> {
            path(spec, "/api/v1/tasks/{task_id}").remove("delete");
            ((ObjectNode) spec.get("info")).put("version", "1.1.0");
        }));

        assertThat(verdict.acceptable()).isFalse();
    }

    @Test
    void aNewOperationIsCompatible() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, changed(spec -> {
            ObjectNode copy = path(spec, "/api/v1/users/me").deepCopy();
            ((ObjectNode) copy.get("get")).put("operationId", "getCurrentUserProfile");
            ((ObjectNode) spec.get("paths")).set("/api/v1/users/me/profile", copy);
        }));

        assertThat(verdict.breaking()).as(verdict.changes()).isFalse();
        assertThat(verdict.changes()).contains("/api/v1/users/me/profile");
    }

    @Test
    void aNewOptionalRequestFieldAndANewResponseFieldAreCompatible() {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, changed(spec -> {
            properties(spec, "TaskCreate").putObject("priority").put("type", "integer");
            properties(spec, "Task").putObject("priority").put("type", "integer");
        }));

        assertThat(verdict.breaking()).as(verdict.changes()).isFalse();
    }

    @Test
    void aNewRequiredRequestFieldBreaksClients() {
        assertBreaks(spec -> {
            properties(spec, "TaskCreate").putObject("priority").put("type", "integer");
            ((ArrayNode) schema(spec, "TaskCreate").get("required")).add("priority");
        });
    }

    @Test
    void removingAResponseFieldBreaksClients() {
        assertBreaks(spec -> {
            properties(spec, "Task").remove("completed_at");
            removeFrom((ArrayNode) schema(spec, "Task").get("required"), "completed_at");
        });
    }

    @Test
    void removingARequestFieldBreaksClientsThatSendIt() {
        // Request bodies are strict (additionalProperties: false): a field clients send that the spec no
        // longer has is a 422.
        assertBreaks(spec -> properties(spec, "TaskCreate").remove("description"));
    }

    @Test
    void removingAnEnumValueClientsSendBreaksThem() {
        assertBreaks(spec -> removeFrom((ArrayNode) spec.at("/components/parameters/Sort/schema/enum"), "title"));
    }

    @Test
    void aNewEnumValueInAResponseBreaksClientsThatGeneratedTheEnum() {
        assertBreaks(spec -> ((ArrayNode) schema(spec, "Tier").get("enum")).add("enterprise"));
    }

    @Test
    void narrowingARequestFieldBreaksClients() {
        assertBreaks(spec -> ((ObjectNode) properties(spec, "TaskCreate").get("title")).put("maxLength", 100));
    }

    @Test
    void changingAFieldsTypeBreaksClients() {
        assertBreaks(spec -> ((ObjectNode) properties(spec, "Task").get("completed")).put("type", "string"));
    }

    @Test
    void aVersionThatIsNotSemanticIsRefused() {
        assertThatThrownBy(() -> CompatibilityCheck.major("v1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CompatibilityCheck.major("12.3.4-rc.1")).isEqualTo(12);
    }

    private static void assertBreaks(Consumer<ObjectNode> change) {
        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(SPEC, changed(change));
        assertThat(verdict.breaking()).as("reported as breaking:%n%s", verdict.changes()).isTrue();
        assertThat(verdict.acceptable()).isFalse();
    }

    private static String changed(Consumer<ObjectNode> change) {
        try {
            ObjectNode spec = (ObjectNode) YAML.readTree(SPEC);
            change.accept(spec);
            return YAML.writeValueAsString(spec);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static ObjectNode path(ObjectNode spec, String path) {
        return (ObjectNode) spec.get("paths").get(path);
    }

    private static ObjectNode schema(ObjectNode spec, String name) {
        return (ObjectNode) spec.get("components").get("schemas").get(name);
    }

    private static ObjectNode properties(ObjectNode spec, String schema) {
        return (ObjectNode) schema(spec, schema).get("properties");
    }

    private static void removeFrom(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.asText().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + array);
    }

    static String resource(String name) {
        try (InputStream in = CompatibilityCheckTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
