package dev.taskapi.task;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TaskSmokeTest extends ApiTestSupport {

    @Test
    void createsAndReadsATask() throws Exception {
        String token = TestTokens.bearer(TestTokens.forNewUser());
        mvc.perform(post("/api/v1/tasks").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Buy milk\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.title").value("Buy milk"));
        mvc.perform(get("/api/v1/tasks").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1));
    }
}
