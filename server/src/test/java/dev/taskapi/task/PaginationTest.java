package dev.taskapi.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Keyset pagination: every task exactly once, in order, however the list changes while paging. */
class PaginationTest extends ApiTestSupport {

    private final Caller alice = Caller.newUser();

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "-created_at", "due_at", "-due_at", "title"})
    void everyTaskComesExactlyOnceWhileTasksAreAddedDuringPaging(String sort) throws Exception {
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            existing.add(createTask("Task " + (char) ('a' + i % 26) + i, i % 3 == 0 ? null : "2026-12-" + (10 + i % 9) + "T09:00:00Z"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = alice.authorize(get("/api/v1/tasks")).param("limit", "5").param("sort", sort);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            seen.addAll(JsonPath.read(body, "$.items[*].id"));
            cursor = JsonPath.read(body, "$.next_cursor");
            // Someone adds a task while we page: it may or may not show up, but nothing repeats or goes missing.
            createTask("Added during paging " + pages, null);
            pages++;
        }
        while (cursor != null && pages < 50);

        assertThat(seen).doesNotHaveDuplicates().containsAll(existing);
    }

    @Test
    void filtersCombineAndSortIsRespected() throws Exception {
        createTask("alpha report", "2026-12-01T00:00:00Z");
        createTask("beta report", "2026-12-05T00:00:00Z");
        String gamma = createTask("gamma 100% done", null);
        mvc.perform(alice.authorize(patch("/api/v1/tasks/" + gamma)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"completed\": true}"));

        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("q", "REPORT").param("sort", "due_at"))
                .andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers.contains("alpha report",
                        "beta report")));
        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("due_before", "2026-12-03T00:00:00Z"))
                .andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers.contains("alpha report")));
        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("completed", "true"))
                .andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers.contains("gamma 100% done")));
        // % is a character to search for, not a wildcard.
        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("q", "0%"))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aCursorOnlyWorksWithTheSortItWasMadeFor() throws Exception {
        for (int i = 0; i < 3; i++) {
            createTask("Task " + i, null);
        }
        String cursor = JsonPath.read(mvc.perform(alice.authorize(get("/api/v1/tasks")).param("limit", "1"))
                .andReturn().getResponse().getContentAsString(), "$.next_cursor");
        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("cursor", cursor).param("sort", "title"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(alice.authorize(get("/api/v1/tasks")).param("cursor", "bm9uc2Vuc2U"))
                .andExpect(status().isUnprocessableContent());
    }

    private String createTask(String title, String dueAt) throws Exception {
        String body = dueAt == null ? "{\"title\":\"" + title + "\"}"
                : "{\"title\":\"" + title + "\",\"due_at\":\"" + dueAt + "\"}";
        return JsonPath.read(mvc.perform(alice.authorize(post("/api/v1/tasks"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
