package dev.taskapi.task;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One task through its whole life, checking the bookkeeping rules of the spec at each step. */
class TaskLifecycleTest extends ApiTestSupport {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private final Caller alice = Caller.newUser();

    @Test
    void createAnswersLocationEtagAndTheTaskWithoutItsOwner() throws Exception {
        MvcResult created = mvc.perform(alice.authorize(post("/api/v1/tasks"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Write report", "description": "Q3", "due_at": "2026-12-01T17:00:00+02:00"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", matchesPattern("/api/v1/tasks/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.title").value("Write report"))
                .andExpect(jsonPath("$.description").value("Q3"))
                .andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.due_at").value("2026-12-01T15:00:00Z"))
                .andExpect(jsonPath("$.completed_at").value(nullValue()))
                .andExpect(jsonPath("$.user_id").doesNotExist())
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(alice.authorize(get(location)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.title").value("Write report"));
    }

    @Test
    void getWithTheCurrentEtagIsNotModified() throws Exception {
        String id = alice.createTask(mvc, "Cache me");
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)).header("If-None-Match", "\"0\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)).header("If-None-Match", "\"7\""))
                .andExpect(status().isOk());
    }

    @Test
    void completingSetsCompletedAtAndReopeningClearsIt() throws Exception {
        String id = alice.createTask(mvc, "Finish me");
        MvcResult done = mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id))
                        .contentType(MERGE_PATCH).content("{\"completed\": true}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.completed").value(true))
                .andExpect(jsonPath("$.completed_at").isString())
                .andReturn();
        String completedAt = com.jayway.jsonpath.JsonPath.read(done.getResponse().getContentAsString(),
                "$.completed_at");

        // Renaming a completed task keeps the moment it was completed.
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Finished\"}"))
                .andExpect(jsonPath("$.completed_at").value(completedAt));

        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id))
                        .contentType(MERGE_PATCH).content("{\"completed\": false}"))
                .andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.completed_at").value(nullValue()));
    }

    @Test
    void patchTellsAbsentFromNullFromAValue() throws Exception {
        String id = alice.createTask(mvc, "Patch me");
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).contentType(MERGE_PATCH)
                        .content("{\"description\": \"kept\", \"due_at\": \"2026-12-24T18:00:00Z\"}"))
                .andExpect(status().isOk());

        // Absent: unchanged.
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).contentType(MERGE_PATCH)
                        .content("{\"title\": \"Renamed\"}"))
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.description").value("kept"))
                .andExpect(jsonPath("$.due_at").value("2026-12-24T18:00:00Z"));

        // Null: cleared.
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).contentType(MERGE_PATCH)
                        .content("{\"due_at\": null}"))
                .andExpect(jsonPath("$.description").value("kept"))
                .andExpect(jsonPath("$.due_at").value(nullValue()));

        // Null for a field that cannot be null: refused, nothing changes.
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).contentType(MERGE_PATCH)
                        .content("{\"title\": null, \"description\": \"lost?\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].code").value("null_not_allowed"));
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)))
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.description").value("kept"));
    }

    @Test
    void everyWriteMovesUpdatedAtAndTheEtag() throws Exception {
        String id = alice.createTask(mvc, "Touch me");
        String before = com.jayway.jsonpath.JsonPath.read(mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)))
                .andReturn().getResponse().getContentAsString(), "$.updated_at");
        MvcResult replaced = mvc.perform(alice.authorize(put("/api/v1/tasks/" + id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Replaced\", \"completed\": false}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.description").value(nullValue()))
                .andReturn();
        String after = com.jayway.jsonpath.JsonPath.read(replaced.getResponse().getContentAsString(), "$.updated_at");
        assertThat(java.time.Instant.parse(after)).isAfter(java.time.Instant.parse(before));
    }

    @Test
    void deleteRemovesTheTask() throws Exception {
        String id = alice.createTask(mvc, "Delete me");
        mvc.perform(alice.authorize(delete("/api/v1/tasks/" + id)).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)))
                .andExpect(status().isNotFound());
        mvc.perform(alice.authorize(delete("/api/v1/tasks/" + id)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleIfMatchChangesNothing() throws Exception {
        String id = alice.createTask(mvc, "Original");
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH).content("{\"title\": \"First writer\"}"))
                .andExpect(status().isOk());
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id)).header("If-Match", "\"0\"")
                        .contentType(MERGE_PATCH).content("{\"title\": \"Second writer\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.error").value("precondition_failed"));
        mvc.perform(alice.authorize(delete("/api/v1/tasks/" + id)).header("If-Match", "W/\"1\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + id)))
                .andExpect(jsonPath("$.title").value("First writer"));
    }
}
