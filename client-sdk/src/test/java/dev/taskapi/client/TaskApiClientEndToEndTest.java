package dev.taskapi.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.taskapi.TaskApiApplication;
import dev.taskapi.client.api.TasksApi;
import dev.taskapi.client.model.ErrorCode;
import dev.taskapi.client.model.Problem;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.client.model.TaskPage;
import dev.taskapi.client.model.TaskPatch;
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

    private static ApiClient client;

    private static TasksApi tasks;

    @BeforeAll
    static void startServerAndClient() {
        // Port 0: the OS picks a free port, so the test never collides with anything already running.
        server = new SpringApplicationBuilder(TaskApiApplication.class)
                .initializers(new TestEnvironment())
                .run("--server.port=0");
        int port = server.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

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
}
