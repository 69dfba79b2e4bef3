package dev.taskapi.task;

import java.util.List;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * User B knows user A's task id and user id, and tries every path: nothing of A's is seen, changed,
 * deleted, listed or counted, and the answers do not even reveal that the task exists.
 */
class TenantIsolationTest extends ApiTestSupport {

    private final Caller alice = Caller.newUser();
    private final Caller bob = Caller.newUser();
    private String aliceTask;

    @BeforeEach
    void aliceHasATask() throws Exception {
        aliceTask = alice.createTask(mvc, "Alice's secret");
    }

    @Test
    void bobCannotReadChangeOrDeleteAlicesTaskThroughV1() throws Exception {
        String path = "/api/v1/tasks/" + aliceTask;
        for (MockHttpServletRequestBuilder attempt : List.of(
                get(path),
                put(path).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Mine\",\"completed\":true}"),
                patch(path).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Mine\"}"),
                delete(path),
                delete(path).header("If-Match", "\"0\""))) {
            mvc.perform(bob.authorize(attempt))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("There is no such task."));
        }
        assertAliceTaskUntouched();
    }

    @Test
    void aForeignIdAnswersExactlyLikeAMissingOne() throws Exception {
        String foreign = mvc.perform(bob.authorize(get("/api/v1/tasks/" + aliceTask))).andReturn()
                .getResponse().getContentAsString().replaceAll("\"(request_id|instance)\":\"[^\"]*\"", "");
        String missing = mvc.perform(bob.authorize(get("/api/v1/tasks/" + java.util.UUID.randomUUID())))
                .andReturn().getResponse().getContentAsString()
                .replaceAll("\"(request_id|instance)\":\"[^\"]*\"", "");
        org.assertj.core.api.Assertions.assertThat(foreign).isEqualTo(missing);
    }

    @Test
    void bobNeverListsOrCountsAlicesTasks() throws Exception {
        bob.createTask(mvc, "Bob's own");
        mvc.perform(bob.authorize(get("/api/v1/tasks").param("limit", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(aliceTask))));
        mvc.perform(bob.authorize(get("/api/v1/tasks").param("q", "secret")))
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.next_cursor").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void bobCannotUseAlicesUserIdOnTheLegacyPaths() throws Exception {
        for (String aliceId : List.of(alice.subject(), aliceUserId())) {
            String base = "/api/" + aliceId + "/tasks";
            for (MockHttpServletRequestBuilder attempt : List.of(
                    get(base),
                    post(base).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Planted\"}"),
                    get(base + "/" + aliceTask),
                    put(base + "/" + aliceTask).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Mine\",\"completed\":true}"),
                    patch(base + "/" + aliceTask).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Mine\"}"),
                    delete(base + "/" + aliceTask))) {
                mvc.perform(bob.authorize(attempt))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.error").value("forbidden"));
            }
        }
        assertAliceTaskUntouched();
        mvc.perform(alice.authorize(get("/api/v1/tasks")))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void bobsOwnLegacyPathsStillCannotReachAlicesTask() throws Exception {
        String base = "/api/" + bob.subject() + "/tasks/" + aliceTask;
        mvc.perform(bob.authorize(get(base))).andExpect(status().isNotFound());
        mvc.perform(bob.authorize(delete(base))).andExpect(status().isNotFound());
        mvc.perform(bob.authorize(get("/api/" + bob.subject() + "/tasks")))
                .andExpect(content().json("[]"));
        assertAliceTaskUntouched();
    }

    private String aliceUserId() throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(alice.authorize(get("/api/v1/users/me")))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private void assertAliceTaskUntouched() throws Exception {
        mvc.perform(alice.authorize(get("/api/v1/tasks/" + aliceTask)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Alice's secret"))
                .andExpect(jsonPath("$.completed").value(false));
    }
}
