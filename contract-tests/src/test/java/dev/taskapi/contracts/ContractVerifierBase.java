package dev.taskapi.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.TaskApiApplication;
import dev.taskapi.testsupport.SpecValidation;
import dev.taskapi.testsupport.TestEnvironment;
import dev.taskapi.testsupport.TestTokens;
import io.restassured.module.mockmvc.RestAssuredMockMvc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The base of every test generated from the contracts: the real server (every filter, Spring Security,
 * a real PostgreSQL, real signed tokens) behind MockMvc. Every response a contract test receives is also
 * checked against {@code openapi.yaml}, so a contract can never document an answer the spec does not allow.
 * <p>
 * Contracts reach the state they need through the methods below, called with {@code execute(...)} on the
 * producer side. Each test runs as a user of its own who owns exactly one task, so a contract sees the same
 * data whatever order the tests run in.
 */
@SpringBootTest(classes = TaskApiApplication.class)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(ContractVerifierBase.ValidateEveryResponse.class)
public abstract class ContractVerifierBase {

    /** The task every test starts with; the same values as the spec's {@code Task} example. */
    private static final String EXISTING_TASK = """
            {"title": "Write the quarterly report",
             "description": "Numbers from finance first.",
             "due_at": "2026-12-01T17:00:00Z"}
            """;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    private String subject;
    private String token;
    private String taskId;

    @BeforeEach
    void setUpCallerAndTask() throws Exception {
        RestAssuredMockMvc.mockMvc(mvc);
        subject = "contract-user-" + UUID.randomUUID();
        token = TestTokens.forSubject(subject);
        String created = mvc.perform(post("/api/v1/tasks")
                        .header(HttpHeaders.AUTHORIZATION, validToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EXISTING_TASK))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        taskId = JsonPath.read(created, "$.id");
    }

    @AfterEach
    void resetRestAssured() {
        RestAssuredMockMvc.reset();
    }

    /** An {@code Authorization} header value with a valid, signed token of this test's caller. */
    protected String validToken() {
        return TestTokens.bearer(token);
    }

    /** The path of the caller's one task. */
    protected String taskPath() {
        return "/api/v1/tasks/" + taskId;
    }

    /** Asserts that a task id in a response is the one of the caller's task. */
    protected void assertIsTheTask(Object id) {
        assertThat(id).as("task id").isEqualTo(taskId);
    }

    /** Asserts that a path in a response is the one of the caller's task. */
    protected void assertIsTheTaskPath(Object path) {
        assertThat(path).as("task path").isEqualTo(taskPath());
    }

    /** Asserts that a subject in a response is the one of this test's caller. */
    protected void assertIsTheCaller(Object subject) {
        assertThat(subject).as("subject").isEqualTo(this.subject);
    }

    /** Asserts that an issuer in a response is the one of the test tokens. */
    protected void assertIsTheIssuer(Object issuer) {
        assertThat(issuer).as("issuer").isEqualTo(TestTokens.ISSUER);
    }

    /** The caller's tasks on the deprecated paths: {@code /api/{user_id}/tasks} with the caller's user id. */
    protected String legacyTasksPath() {
        return "/api/" + subject + "/tasks";
    }

    /** The caller's one task on the deprecated paths. */
    protected String legacyTaskPath() {
        return legacyTasksPath() + "/" + taskId;
    }

    /** Asserts that a path in a response is the caller's tasks on the deprecated paths. */
    protected void assertIsTheLegacyTasksPath(Object path) {
        assertThat(path).as("legacy tasks path").isEqualTo(legacyTasksPath());
    }

    /** Asserts that a path in a response is the one of the caller's task on the deprecated paths. */
    protected void assertIsTheLegacyTaskPath(Object path) {
        assertThat(path).as("legacy task path").isEqualTo(legacyTaskPath());
    }

    /** The current {@code ETag} of the caller's task. */
    protected String taskETag() throws Exception {
        return mvc.perform(get(taskPath()).header(HttpHeaders.AUTHORIZATION, validToken()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    /** An {@code Idempotency-Key} the caller has already used to create another task, with another body. */
    protected String idempotencyKeyUsedForAnotherTask() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/tasks")
                        .header(HttpHeaders.AUTHORIZATION, validToken())
                        .header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Another task\"}"))
                .andExpect(status().isCreated());
        return key;
    }

    /** Disables the caller's account (as an administrator would) and answers its still valid token. */
    protected String validTokenOfDisabledCaller() {
        int disabled = jdbc.update("UPDATE users SET disabled = true WHERE issuer = ? AND subject = ?",
                TestTokens.ISSUER, subject);
        assertThat(disabled).as("the caller's account, disabled").isEqualTo(1);
        return validToken();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ValidateEveryResponse {

        @Bean
        MockMvcBuilderCustomizer validateEveryResponseAgainstTheSpec() {
            return builder -> builder.alwaysExpect(SpecValidation.responseMatchesSpec());
        }
    }
}
