package dev.taskapi.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated tests check the server's side of every contract. This checks the other side: what the
 * published stubs answer consumers must obey {@code openapi.yaml} too, or consumers would test against
 * answers the real server can never give.
 */
class StubsMatchTheSpecTest {

    private static final String UUID_PATTERN = "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}";
    private static final String SOME_TASK_ID = "0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77";
    /** What the legacy paths' stubs accept as a user_id: any path segment but v1. */
    private static final String LEGACY_USER_ID_PATTERN = "(?!v1/)[^/]+";
    private static final String SOME_USER_ID = "user_2NNEqL2nrIRdJ194ndJqAHwEfxC";

    /** What the stubs' response templates are filled in with: the values of a consumer's request. */
    private static final Map<String, String> TEMPLATE_VALUES = Map.of(
            "{{{request.path.[3]}}}", SOME_TASK_ID,
            "{{{request.path}}}", "/api/v1/tasks/" + SOME_TASK_ID,
            "{{{jsonPath request.body '$.title'}}}", "Buy milk");

    private static final OpenApiInteractionValidator SPEC = OpenApiInteractionValidator
            .createForInlineApiSpecification(classpathResource("openapi.yaml"))
            .build();

    private final JsonMapper json = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyStubAnswersAsTheSpecSays() throws IOException {
        Path stubs = Path.of(System.getProperty("taskapi.stubs.dir", "target/stubs"));
        List<Path> mappings;
        try (Stream<Path> files = Files.walk(stubs)) {
            mappings = files.filter(file -> file.getParent().toString().contains("mappings")
                    && file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(mappings).as("stub mappings under %s", stubs).isNotEmpty();
        return mappings.stream().map(file -> DynamicTest.dynamicTest(stubs.relativize(file).toString(),
                () -> assertMatchesSpec(json.readTree(file.toFile()))));
    }

    private static void assertMatchesSpec(JsonNode mapping) {
        JsonNode request = mapping.get("request");
        String path = fillIn(firstText(request, "url", "urlPath", "urlPattern", "urlPathPattern")
                .replace(UUID_PATTERN, SOME_TASK_ID).replace(LEGACY_USER_ID_PATTERN, SOME_USER_ID));
        JsonNode response = mapping.get("response");
        SimpleResponse.Builder stubAnswer = SimpleResponse.Builder.status(response.get("status").asInt());
        if (response.has("headers")) {
            response.get("headers").properties()
                    .forEach(header -> stubAnswer.withHeader(header.getKey(), header.getValue().asString()));
        }
        if (response.has("body")) {
            stubAnswer.withBody(fillIn(response.get("body").asString()));
        }
        String method = request.get("method").asString();
        ValidationReport report = SPEC.validateResponse(path, Request.Method.valueOf(method), stubAnswer.build());
        assertThat(report.getMessages()).as("what the stub for %s %s answers breaks openapi.yaml", method, path)
                .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name)) {
                return node.get(name).asString();
            }
        }
        throw new IllegalArgumentException("A stub without a URL: " + node);
    }

    private static String fillIn(String template) {
        String filled = template;
        for (Map.Entry<String, String> value : TEMPLATE_VALUES.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        assertThat(filled).as("a stub template this test cannot fill in").doesNotContain("{{");
        return filled;
    }

    private static String classpathResource(String name) {
        try (InputStream in = StubsMatchTheSpecTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
