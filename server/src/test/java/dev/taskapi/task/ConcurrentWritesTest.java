package dev.taskapi.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Two clients at once: If-Match makes lost updates impossible, Idempotency-Key makes retries safe. */
class ConcurrentWritesTest extends ApiTestSupport {

    private final Caller alice = Caller.newUser();

    @Test
    void ofTwoWritersHoldingTheSameEtagExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = alice.createTask(mvc, "Contended");
            List<Integer> statuses = race(8, writer -> () -> mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id))
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"Writer " + writer + "\"}"))
                    .andReturn().getResponse().getStatus());

            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            mvc.perform(alice.authorize(get("/api/v1/tasks/" + id))).andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", "\"1\""));
        }
    }

    @Test
    void unconditionalWritersToOneTaskAllSucceedAndNoneIsLost() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = alice.createTask(mvc, "Contended");
            // Without If-Match each writer's change applies to whatever is current: the writers take turns
            // on the task's row, and each one's change lands on the version the one before it left.
            List<Integer> statuses = race(8, writer -> () -> mvc.perform(alice.authorize(patch("/api/v1/tasks/" + id))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"description\": \"Writer " + writer + "\"}"))
                    .andReturn().getResponse().getStatus());

            assertThat(statuses).containsOnly(200);
            mvc.perform(alice.authorize(get("/api/v1/tasks/" + id))).andExpect(
                    org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", "\"8\""));
        }
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateExactlyOneTask() throws Exception {
        List<String> ids = race(8, attempt -> () -> {
            var response = mvc.perform(alice.authorize(post("/api/v1/tasks"))
                            .header("Idempotency-Key", "order-42")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"Pay invoice 42\"}"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(201);
            return com.jayway.jsonpath.JsonPath.<String>read(response.getContentAsString(), "$.id");
        });

        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        mvc.perform(alice.authorize(get("/api/v1/tasks").param("q", "invoice 42")))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
        mvc.perform(alice.authorize(post("/api/v1/tasks")).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"First\"}"));
        mvc.perform(alice.authorize(post("/api/v1/tasks")).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Second\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
                .andExpect(jsonPath("$.error").value("idempotency_conflict"));
        // Keys are per caller: another user may use the same key for its own task.
        Caller bob = Caller.newUser();
        mvc.perform(bob.authorize(post("/api/v1/tasks")).header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Second\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    }

    /** Runs the tasks together, released by one latch, and collects their results in order. */
    private static <T> List<T> race(int count, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
