package dev.taskapi.sdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.taskapi.example.ReadmeExample;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's Java SDK example is the code of {@link ReadmeExample}, which compiles and does what it says. */
class ReadmeExampleTest extends WireMockSupport {

    private static final Path EXAMPLE = Path.of("src/test/java/dev/taskapi/example/ReadmeExample.java");
    private static final String START = "// README example: start";
    private static final String END = "// README example: end";

    @Test
    void theReadmeShowsExactlyTheExampleThatIsCompiledHere() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("taskapi.readme", "../README.md")),
                StandardCharsets.UTF_8);

        assertThat(readme).contains("```java\n" + snippet() + "```\n");
    }

    @Test
    void theExampleRuns() {
        api.stubFor(post(urlPathEqualTo("/api/v1/auth/login")).willReturn(json(200, SpecExamples.json("TokenPair"))));
        api.stubFor(post(urlPathEqualTo("/api/v1/tasks")).willReturn(json(201, SpecExamples.json("Task",
                Map.of("title", "Buy milk"))).withHeader("ETag", "\"0\"").withHeader("Location", TASK_PATH)));
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(task("\"0\"", Map.of("title", "Buy milk"))));
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).willReturn(task("\"1\"",
                Map.of("title", "Buy milk", "completed", true))));
        api.stubFor(get(urlPathEqualTo("/api/v1/tasks")).willReturn(json(200, SpecExamples.json("TaskPage",
                java.util.Collections.singletonMap("next_cursor", null)))));

        ReadmeExample.run(baseUrl());

        String bearer = "Bearer " + SpecExamples.example("TokenPair").get("access_token");
        api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/login")));
        api.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/tasks")).withHeader("Authorization", equalTo(bearer))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(equalToJson("{\"title\": \"Buy milk\"}")));
        api.verify(1, patchRequestedFor(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"0\""))
                .withRequestBody(equalToJson("{\"completed\": true}")));
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/tasks"))
                .withQueryParam("completed", equalTo("false")).withQueryParam("sort", equalTo("due_at")));
    }

    /** The lines between the markers, indented as in the README (by the indentation of the start marker less). */
    private static String snippet() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        int start = indexOf(lines, START);
        int end = indexOf(lines, END);
        int indent = lines.get(start).indexOf(START);
        StringBuilder snippet = new StringBuilder();
        for (String line : lines.subList(start + 1, end)) {
            snippet.append(line.length() > indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return snippet.toString();
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(EXAMPLE + " has no line " + marker);
    }
}
