package dev.taskapi.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.TaskApiApplication;
import dev.taskapi.crypto.Sha256;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private JdbcClient jdbc;

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

    /** The password of every account the contracts sign in with; the spec's example. */
    private static final String PASSWORD = "correct horse battery staple";

    /**
     * Accounts, sessions and reset tokens the contracts name in request bodies, which cannot call back
     * into this class: the same values in every run, put in place before each test.
     */
    private static final String SIGNED_UP = "ada@example.com";
    private static final String TAKEN = "taken@example.com";
    private static final String RESETTING = "reset@example.com";
    private static final String NEW = "new@example.com";
    /** Registered, then disabled by an administrator: it has the right password and a live session. */
    private static final String DISABLED = "disabled@example.com";
    private static final String REFRESH_TOKEN = "q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY";
    private static final String DISABLED_REFRESH_TOKEN = "Hn5tR2wQ8vK1zX4cB7mL0pJ3sF6gD9yA2eU5iO8kT1r";
    private static final String RESET_TOKEN = "mB3xV8nQ1rT6yU0wE4iO7pA2sD5fG9hJkL3zX6cVbN8";

    @BeforeEach
    void setUpAccounts() throws Exception {
        jdbc.sql("DELETE FROM users WHERE id IN (SELECT user_id FROM credentials WHERE lower(email) IN (:emails))")
                .param("emails", java.util.List.of(NEW, RESETTING))
                .update();
        for (String email : java.util.List.of(SIGNED_UP, TAKEN, RESETTING, DISABLED)) {
            int status = mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("registering " + email).isIn(201, 409);
        }
        replaceToken("refresh_tokens", REFRESH_TOKEN, SIGNED_UP, """
                INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at)
                SELECT gen_random_uuid(), user_id, gen_random_uuid(), :hash, now() + interval '30 days'
                FROM credentials WHERE email = :email
                """);
        replaceToken("password_reset_tokens", RESET_TOKEN, RESETTING, """
                INSERT INTO password_reset_tokens (token_hash, user_id, expires_at)
                SELECT :hash, user_id, now() + interval '30 minutes' FROM credentials WHERE email = :email
                """);
        jdbc.sql("UPDATE users SET disabled = true WHERE id IN (SELECT user_id FROM credentials WHERE email = :email)")
                .param("email", DISABLED)
                .update();
        replaceToken("refresh_tokens", DISABLED_REFRESH_TOKEN, DISABLED, """
                INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at)
                SELECT gen_random_uuid(), user_id, gen_random_uuid(), :hash, now() + interval '30 days'
                FROM credentials WHERE email = :email
                """);
    }

    /** Stores a token the way the server does (SHA-256 only), replacing what an earlier test used up. */
    private void replaceToken(String table, String token, String email, String insert) throws Exception {
        byte[] hash = Sha256.of(token);
        jdbc.sql("DELETE FROM " + table + " WHERE token_hash = :hash").param("hash", hash).update();
        jdbc.sql(insert).param("hash", hash).param("email", email).update();
    }

    /** An {@code Authorization} header value with an access token of the built-in issuer, of a fresh account. */
    protected String builtInToken() throws Exception {
        String email = "contract-" + UUID.randomUUID() + "@example.com";
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        String tokens = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return TestTokens.bearer(JsonPath.read(tokens, "$.access_token"));
    }

    /**
     * An {@code Authorization} header value with an access token of the built-in issuer that is still
     * within its lifetime but was ended by a logout-all of its account.
     */
    protected String revokedBuiltInToken() throws Exception {
        String token = builtInToken();
        mvc.perform(post("/api/v1/auth/logout-all").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isNoContent());
        return token;
    }

    /** An {@code Authorization} header value of the administrator the test configuration names. */
    protected String adminToken() {
        return TestTokens.bearer(TestTokens.forSubject(TestTokens.ADMIN_SUBJECT));
    }

    /** The admin path of this test's caller. */
    protected String callerAdminPath() throws Exception {
        String me = mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, validToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return "/api/v1/admin/users/" + JsonPath.read(me, "$.id");
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
        int disabled = jdbc.sql("UPDATE users SET disabled = true WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", TestTokens.ISSUER).param("subject", subject).update();
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
