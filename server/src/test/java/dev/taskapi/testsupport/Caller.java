package dev.taskapi.testsupport;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A user with a real token, and the few steps most tests start with. */
public record Caller(String subject, String authorization) {

    public static Caller newUser() {
        String subject = "user-" + java.util.UUID.randomUUID();
        return new Caller(subject, TestTokens.bearer(TestTokens.forSubject(subject)));
    }

    public MockHttpServletRequestBuilder authorize(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", authorization);
    }

    /** Creates a task and answers its id. */
    public String createTask(MockMvc mvc, String title) throws Exception {
        MvcResult result = mvc.perform(authorize(post("/api/v1/tasks"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\"}"))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("Creating a task answered " + result.getResponse().getStatus());
        }
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }
}
