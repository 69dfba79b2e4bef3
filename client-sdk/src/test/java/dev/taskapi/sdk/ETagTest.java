package dev.taskapi.sdk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskReplace;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Guarded writes send the ETag the caller saw; update() starts over when someone else changed the task. */
class ETagTest extends WireMockSupport {

    private static final UUID ID = UUID.fromString(TASK_ID);

    @Test
    void updateStartsOverWithTheNewVersionAfterA412() {
        // Someone else renames the task between our read and our write.
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("race").whenScenarioStateIs(STARTED)
                .willReturn(task("\"3\"")));
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"3\""))
                .willReturn(problem(412, "ProblemPreconditionFailed")).inScenario("race")
                .whenScenarioStateIs(STARTED).willSetStateTo("renamed by someone else"));
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).inScenario("race").whenScenarioStateIs("renamed by someone else")
                .willReturn(task("\"4\"", Map.of("title", "Write the annual report"))));
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"4\""))
                .willReturn(task("\"5\"", Map.of("title", "Write the annual report (urgent)"))));

        Task updated = clientWithToken().build().tasks()
                .update(ID, (task, patch) -> patch.title(task.getTitle() + " (urgent)"));

        assertThat(updated.getTitle()).isEqualTo("Write the annual report (urgent)");
        List<LoggedRequest> patches = api.findAll(patchRequestedFor(urlPathEqualTo(TASK_PATH)));
        assertThat(patches).extracting(request -> request.getHeader("If-Match")).containsExactly("\"3\"", "\"4\"");
        assertThat(patches).extracting(request -> request.getHeader("Content-Type"))
                .allMatch(type -> type.startsWith("application/merge-patch+json"));
        // The change was computed again from the task as it is now, and only the changed field is sent.
        assertThat(patches.get(0).getBodyAsString()).isEqualTo("{\"title\":\"Write the quarterly report (urgent)\"}");
        assertThat(patches.get(1).getBodyAsString()).isEqualTo("{\"title\":\"Write the annual report (urgent)\"}");
        api.verify(2, getRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void updateGivesUpAfterMaxUpdateAttempts() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(task("\"3\"")));
        api.stubFor(patch(urlPathEqualTo(TASK_PATH)).willReturn(problem(412, "ProblemPreconditionFailed")));

        TaskApiClient client = clientWithToken().maxUpdateAttempts(2).build();
        PreconditionFailedException thrown = catchThrowableOfType(PreconditionFailedException.class,
                () -> client.tasks().update(ID, patch -> patch.completed(true)));

        assertThat(thrown.errorCode()).contains(dev.taskapi.client.model.ErrorCode.PRECONDITION_FAILED);
        api.verify(2, getRequestedFor(urlPathEqualTo(TASK_PATH)));
        api.verify(2, patchRequestedFor(urlPathEqualTo(TASK_PATH)));
    }

    @Test
    void aVersionedTaskCarriesItsETagIntoReplaceAndDelete() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).willReturn(task("\"3\"")));
        api.stubFor(put(urlPathEqualTo(TASK_PATH)).willReturn(task("\"4\"", Map.of("completed", true))));
        api.stubFor(delete(urlPathEqualTo(TASK_PATH)).willReturn(aResponse().withStatus(204)));
        Tasks tasks = clientWithToken().build().tasks();

        Versioned<Task> current = tasks.getVersioned(ID);
        assertThat(current.etag()).isEqualTo("\"3\"");
        Versioned<Task> replaced = tasks.replace(current, new TaskReplace()
                .title(current.value().getTitle()).description(null).completed(true));
        tasks.delete(replaced);

        assertThat(replaced.etag()).isEqualTo("\"4\"");
        assertThat(replaced.value().getCompleted()).isTrue();
        api.verify(putRequestedFor(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"title": "Write the quarterly report", "description": null, "completed": true}
                        """)));
        api.verify(deleteRequestedFor(urlPathEqualTo(TASK_PATH)).withHeader("If-Match", equalTo("\"4\"")));
    }

    @Test
    void aTaskThatHasNotChangedIsNotSentAgain() {
        api.stubFor(get(urlPathEqualTo(TASK_PATH)).withHeader("If-None-Match", equalTo("\"3\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"3\"")));

        assertThat(clientWithToken().build().tasks().getIfChanged(ID, "\"3\"")).isEmpty();
    }
}
