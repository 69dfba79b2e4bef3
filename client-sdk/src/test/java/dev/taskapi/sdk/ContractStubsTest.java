package dev.taskapi.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.taskapi.client.model.ErrorCode;
import dev.taskapi.client.model.FieldError;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskReplace;
import dev.taskapi.client.model.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The consumer side of the contracts: the facade against the WireMock stubs the contract-tests module
 * publishes (its {@code stubs} jar), which are verified against the real server. When the server's
 * promises change, the stubs change, and this test tells whether the SDK still understands them.
 */
class ContractStubsTest {

    /** Where the stubs jar keeps its WireMock mappings. */
    private static final String STUBS = "META-INF/dev.taskapi/taskapi-contract-tests";
    /** The id the stubs answer 404 for. */
    private static final UUID UNKNOWN = UUID.fromString("00000000-0000-4000-8000-000000000000");
    private static final UUID TASK = UUID.fromString("0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77");

    @RegisterExtension
    static WireMockExtension stubs = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .resetOnEachTest(false)
            .build();

    @BeforeAll
    static void loadThePublishedStubs() throws Exception {
        List<String> mappings = publishedMappings();
        assertThat(mappings).as("mappings in the stubs jar").hasSizeGreaterThanOrEqualTo(10);
        mappings.forEach(mapping -> stubs.addStubMapping(StubMapping.buildFrom(mapping)));
    }

    private static TaskApiClient client() {
        return TaskApiClient.builder().baseUrl(stubs.baseUrl()).tokenProvider(() -> "any-valid-token").build();
    }

    @Test
    void health() {
        var report = TaskApiClient.builder().baseUrl(stubs.baseUrl()).build().health();

        assertThat(report.getStatus()).hasToString("healthy");
        assertThat(report.getServices().getRedis().getLatencyMs()).isNull();
    }

    @Test
    void theCallersAccount() {
        User me = client().users().me();

        assertThat(me.getTier()).hasToString("free");
        assertThat(me.getSubject()).isNotBlank();
        assertThat(me.getRoles()).isEmpty();
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        TaskApiClient anonymous = TaskApiClient.builder().baseUrl(stubs.baseUrl()).build();

        UnauthorizedException thrown = catchThrowableOfType(UnauthorizedException.class,
                () -> anonymous.tasks().list().toList());

        assertThat(thrown.errorCode()).contains(ErrorCode.UNAUTHORIZED);
        assertThat(thrown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        catchThrowableOfType(UnauthorizedException.class, () -> anonymous.users().me());
    }

    @Test
    void listingEveryTaskFollowsTheCursorToTheLastPage() {
        List<Task> tasks = client().tasks().list(TaskQuery.all().sort(TaskSort.DUE_AT)).toList();

        assertThat(tasks).extracting(Task::getTitle).containsExactly("Write the quarterly report");
    }

    @Test
    void createGetUpdateReplaceDelete() {
        Tasks tasks = client().tasks();

        Versioned<Task> created = tasks.createVersioned(new TaskCreate().title("Buy milk"));
        assertThat(created.value().getTitle()).isEqualTo("Buy milk");
        assertThat(created.etag()).isEqualTo("\"0\"");

        Versioned<Task> read = tasks.getVersioned(TASK);
        assertThat(read.value().getId()).isEqualTo(TASK);

        Task completed = tasks.update(TASK, patch -> patch.completed(true));
        assertThat(completed.getCompleted()).isTrue();
        assertThat(completed.getCompletedAt()).isNotNull();

        Versioned<Task> replaced = tasks.replace(read, new TaskReplace().title("Write the quarterly report")
                .description("Numbers from finance arrived.").completed(true).dueAt(null));
        assertThat(replaced.value().getDueAt()).isNull();
        assertThat(replaced.etag()).isEqualTo("\"1\"");

        tasks.delete(TASK);
    }

    @Test
    void aStaleETagIsAPreconditionFailure() {
        PreconditionFailedException replace = catchThrowableOfType(PreconditionFailedException.class,
                () -> client().tasks().replace(TASK, new TaskReplace().title("Anything").completed(false), "\"999\""));
        PreconditionFailedException delete = catchThrowableOfType(PreconditionFailedException.class,
                () -> client().tasks().delete(TASK, "\"999\""));

        for (PreconditionFailedException thrown : List.of(replace, delete)) {
            assertThat(thrown.errorCode()).contains(ErrorCode.PRECONDITION_FAILED);
            assertThat(thrown.instance()).isEqualTo("/api/v1/tasks/" + TASK);
            assertThat(thrown.requestId()).isNotBlank();
        }
    }

    @Test
    void aTaskTheCallerDoesNotHaveIsNotFound() {
        NotFoundException get = catchThrowableOfType(NotFoundException.class, () -> client().tasks().get(UNKNOWN));
        NotFoundException delete = catchThrowableOfType(NotFoundException.class, () -> client().tasks().delete(UNKNOWN));

        assertThat(get.detail()).isEqualTo("There is no such task.");
        assertThat(delete.errorCode()).contains(ErrorCode.NOT_FOUND);
        assertThat(client().tasks().find(UNKNOWN)).isEmpty();
    }

    @Test
    void anEmptyTitleIsAValidationFailureNamingTheField() {
        ValidationException thrown = catchThrowableOfType(ValidationException.class,
                () -> client().tasks().create(new TaskCreate().title("")));

        assertThat(thrown.errors()).extracting(FieldError::getField).containsOnly("title");
        assertThat(thrown.errors()).extracting(FieldError::getCode).containsExactlyInAnyOrder("too_short", "pattern");
    }

    /** Every mapping of the stubs jar on the test classpath (or its directory, when run from an IDE). */
    private static List<String> publishedMappings() throws IOException, URISyntaxException {
        URL root = ContractStubsTest.class.getClassLoader().getResource(STUBS);
        assertThat(root).as(STUBS + " on the test classpath (the contract-tests stubs jar)").isNotNull();
        URI uri = root.toURI();
        if (uri.getScheme().equals("jar")) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            }
            catch (FileSystemAlreadyExistsException ex) {
                jar = FileSystems.getFileSystem(uri);
            }
            return readMappings(jar.getPath(STUBS));
        }
        return readMappings(Path.of(uri));
    }

    private static List<String> readMappings(Path root) throws IOException {
        List<String> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")
                    && path.toString().contains("/mappings/")).sorted().toList()) {
                mappings.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return mappings;
    }
}
