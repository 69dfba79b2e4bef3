package dev.taskapi.client;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.taskapi.TaskApiApplication;
import dev.taskapi.client.api.TasksApi;
import dev.taskapi.client.model.ErrorCode;
import dev.taskapi.client.model.Problem;
import dev.taskapi.client.model.RegisterRequest;
import dev.taskapi.client.model.Registration;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskPage;
import dev.taskapi.client.model.TaskPatch;
import dev.taskapi.client.model.TaskReplace;
import dev.taskapi.client.model.TokenPair;
import dev.taskapi.sdk.IdempotencyConflictException;
import dev.taskapi.sdk.NotFoundException;
import dev.taskapi.sdk.PreconditionFailedException;
import dev.taskapi.sdk.TaskApiClient;
import dev.taskapi.sdk.MutableClock;
import dev.taskapi.sdk.TaskApiException;
import dev.taskapi.sdk.TaskQuery;
import dev.taskapi.sdk.TaskSort;
import dev.taskapi.sdk.Tasks;
import dev.taskapi.sdk.Versioned;
import dev.taskapi.testsupport.TestEnvironment;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The generated client against the real server (real HTTP, real PostgreSQL, real signed token): what an
 * SDK user does with a task from creation to deletion, so a change to the spec, the generator or the
 * server that breaks the SDK fails here.
 */
class TaskApiClientEndToEndTest {

    private static ConfigurableApplicationContext server;

    private static String baseUrl;

    private static ApiClient client;

    private static TasksApi tasks;

    @BeforeAll
    static void startServerAndClient() {
        // Port 0: the OS picks a free port, so the test never collides with anything already running.
        server = new SpringApplicationBuilder(TaskApiApplication.class)
                .initializers(new TestEnvironment())
                .run("--server.port=0");
        int port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        baseUrl = "http://localhost:" + port;

        // A user nobody else has, so the list below holds exactly the tasks this test creates.
        String token = TestTokens.forNewUser();
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        tasks = new TasksApi(client);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void createListCompleteAndDeleteATask() throws Exception {
        OffsetDateTime dueAt = OffsetDateTime.of(2030, 12, 1, 17, 0, 0, 0, ZoneOffset.UTC);

        ApiResponse<Task> createdResponse = tasks.createTaskWithHttpInfo(new TaskCreate()
                .title("Write the quarterly report")
                .description("Numbers from finance first.")
                .dueAt(dueAt), null);
        assertThat(createdResponse.getStatusCode()).isEqualTo(201);
        Task created = createdResponse.getData();
        assertThat(created.getId()).isNotNull();
        assertThat(created.getTitle()).isEqualTo("Write the quarterly report");
        assertThat(created.getDescription()).isEqualTo("Numbers from finance first.");
        assertThat(created.getDueAt()).isAtSameInstantAs(dueAt);
        assertThat(created.getCompleted()).isFalse();
        assertThat(created.getCompletedAt()).isNull();
        assertThat(created.getCreatedAt()).isNotNull();
        assertThat(createdResponse.getHeaders().get("location"))
                .singleElement().asString().endsWith("/api/v1/tasks/" + created.getId());

        TaskPage page = tasks.listTasks(null, null, null, null, null, null);
        assertThat(page.getItems()).extracting(Task::getId).containsExactly(created.getId());
        assertThat(page.getNextCursor()).isNull();

        // Only `completed` is sent: the merge patch must leave the description and due date alone,
        // which also proves the client leaves unset nullable fields out rather than sending null.
        Task completed = tasks.updateTask(created.getId(), new TaskPatch().completed(true), null);
        assertThat(completed.getCompleted()).isTrue();
        assertThat(completed.getCompletedAt()).isNotNull();
        assertThat(completed.getDescription()).isEqualTo("Numbers from finance first.");
        assertThat(completed.getDueAt()).isAtSameInstantAs(dueAt);
        assertThat(completed.getUpdatedAt()).isAfterOrEqualTo(created.getUpdatedAt());

        tasks.deleteTask(created.getId(), null);

        ApiException notFound = catchThrowableOfType(ApiException.class,
                () -> tasks.getTask(created.getId(), null));
        assertThat(notFound.getCode()).isEqualTo(404);
        // The error body is the spec's problem document, readable with the SDK's own model.
        Problem problem = client.getObjectMapper().readValue(notFound.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getError()).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void theFacadeWithATokenFromAnotherIssuer() {
        String token = TestTokens.forNewUser();
        Tasks tasks = TaskApiClient.builder().baseUrl(baseUrl).tokenProvider(() -> token).build().tasks();

        // Non-ASCII text makes the round trip intact (this JVM's platform charset is not UTF-8).
        String title = "Überprüfung der Zahlen — 季度报告 ✓";
        Versioned<Task> created = tasks.createVersioned(new TaskCreate().title(title));
        assertThat(created.value().getTitle()).isEqualTo(title);
        assertThat(created.etag()).isNotBlank();
        UUID id = created.value().getId();

        // The same Idempotency-Key creates one task; with another body it is a conflict.
        Task again = tasks.create(new TaskCreate().title("Pay invoice 42"), "invoice-42-" + id);
        assertThat(tasks.create(new TaskCreate().title("Pay invoice 42"), "invoice-42-" + id).getId())
                .isEqualTo(again.getId());
        IdempotencyConflictException conflict = catchThrowableOfType(IdempotencyConflictException.class,
                () -> tasks.create(new TaskCreate().title("Pay invoice 43"), "invoice-42-" + id));
        assertThat(conflict.status()).isEqualTo(409);

        // An ETag-guarded update; a write with the stale ETag is refused and changes nothing.
        Task completed = tasks.update(id, (task, patch) -> patch.title(task.getTitle() + " (done)").completed(true));
        assertThat(completed.getTitle()).isEqualTo(title + " (done)");
        assertThat(completed.getCompletedAt()).isNotNull();
        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> tasks.replace(created, new TaskReplace().title("Lost update").completed(false)));
        assertThat(stale.requestId()).isNotBlank();
        assertThat(tasks.get(id).getTitle()).isEqualTo(title + " (done)");

        // Every page, in order, with a filter: five open tasks listed two per page.
        for (String open : List.of("e", "c", "a", "d", "b")) {
            tasks.create(new TaskCreate().title(open));
        }
        assertThat(tasks.list(TaskQuery.all().completed(false).sort(TaskSort.TITLE).pageSize(2))
                .map(Task::getTitle)).containsExactly("Pay invoice 42", "a", "b", "c", "d", "e");

        tasks.delete(id);
        assertThat(tasks.find(id)).isEmpty();
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class, () -> tasks.get(id));
        assertThat(notFound.errorCode()).contains(ErrorCode.NOT_FOUND);
    }

    @Test
    void theFacadeRegistersSignsInAndRefreshesWithTheBuiltInIdentityProvider() {
        String email = "ada+" + UUID.randomUUID() + "@example.com";
        String password = "correct horse battery staple";
        TaskApiClient anonymous = TaskApiClient.builder().baseUrl(baseUrl).build();
        Registration registration = anonymous.auth().register(new RegisterRequest().email(email).password(password)
                .displayName("Ada Lovelace"));
        assertThat(registration.getUser().getEmail()).isEqualTo(email);

        MutableClock clock = MutableClock.startingNow();
        List<TokenPair> issued = new CopyOnWriteArrayList<>();
        TaskApiClient client = TaskApiClient.builder().baseUrl(baseUrl).credentials(email, password)
                .clock(clock).onTokens(issued::add).build();

        assertThat(client.users().me().getEmail()).isEqualTo(email);
        assertThat(issued).hasSize(1);
        Task task = client.tasks().create(new TaskCreate().title("Buy milk"));
        assertThat(client.tasks().list().map(Task::getId)).containsExactly(task.getId());
        assertThat(client.tasks().update(task.getId(), patch -> patch.completed(true)).getCompleted()).isTrue();

        // Past the access token's lifetime the client refreshes by itself, and the refresh token rotates.
        clock.advance(Duration.ofSeconds(issued.get(0).getExpiresIn()));
        client.tasks().delete(task.getId());
        assertThat(issued).hasSize(2);
        assertThat(issued.get(1).getRefreshToken()).isNotEqualTo(issued.get(0).getRefreshToken());
        assertThat(client.tasks().find(task.getId())).isEmpty();

        client.auth().logout();
    }
}
