package dev.taskapi.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.ApiTestSupport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The built-in identity provider end to end: accounts, sessions of rotating refresh tokens, and the
 * password reset mail, delivered to a real SMTP server running in the test.
 */
class AccountFlowTest extends ApiTestSupport {

    private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("taskapi.auth.built-in.reset-url", () -> "https://app.example.com/reset");
    }

    @AfterAll
    static void stopMail() {
        smtp.stop();
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void registeringSignsTheNewAccountIn() throws Exception {
        String email = newEmail();
        MvcResult result = post("/api/v1/auth/register", Map.of("email", email, "password", "correct horse battery",
                "display_name", "Ada"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/users/me"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.user.email").value(email))
                .andExpect(jsonPath("$.user.issuer").value("taskapi"))
                .andExpect(jsonPath("$.user.tier").value("free"))
                .andExpect(jsonPath("$.tokens.token_type").value("bearer"))
                .andExpect(jsonPath("$.tokens.expires_in").value(900))
                .andReturn();
        String access = read(result, "$.tokens.access_token");
        String userId = read(result, "$.user.id");
        me(access).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(userId))
                .andExpect(jsonPath("$.subject").value(userId))
                .andExpect(jsonPath("$.display_name").value("Ada"));
    }

    @Test
    void anEmailCanRegisterOnceIgnoringCase() throws Exception {
        String email = newEmail();
        register(email, "correct horse battery");
        post("/api/v1/auth/register", Map.of("email", email.toUpperCase(), "password", "another long password"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("email_taken"));
    }

    @Test
    void aShortPasswordIsAValidationError() throws Exception {
        post("/api/v1/auth/register", Map.of("email", newEmail(), "password", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void loginGivesATokenPairThatWorks() throws Exception {
        String email = newEmail();
        register(email, "correct horse battery");
        MvcResult login = post("/api/v1/auth/login", Map.of("email", email.toUpperCase(), "password", "correct horse battery"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.refresh_expires_in").value(30 * 24 * 3600))
                .andReturn();
        me(read(login, "$.access_token")).andExpect(status().isOk()).andExpect(jsonPath("$.email").value(email));
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswerInTheSameTime() throws Exception {
        String email = newEmail();
        register(email, "correct horse battery");
        List<Long> unknownEmail = new ArrayList<>();
        List<Long> wrongPassword = new ArrayList<>();
        String unknownBody = null;
        String wrongBody = null;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            MvcResult unknown = post("/api/v1/auth/login", Map.of("email", newEmail(), "password", "correct horse battery"))
                    .andExpect(status().isUnauthorized()).andReturn();
            unknownEmail.add(System.nanoTime() - started);
            started = System.nanoTime();
            MvcResult wrong = post("/api/v1/auth/login", Map.of("email", email, "password", "not the password"))
                    .andExpect(status().isUnauthorized()).andReturn();
            wrongPassword.add(System.nanoTime() - started);
            unknownBody = withoutRequestId(unknown);
            wrongBody = withoutRequestId(wrong);
        }
        assertThat(unknownBody).isEqualTo(wrongBody).contains("\"error\":\"invalid_credentials\"");
        // Both check a password hash; a shortcut for the unknown email would be many times faster.
        assertThat(median(unknownEmail)).isGreaterThan(median(wrongPassword) / 3);
    }

    @Test
    void refreshTokensRotateAndReuseRevokesTheSession() throws Exception {
        Map<String, String> first = login(registerNew());
        MvcResult rotated = post("/api/v1/auth/refresh", Map.of("refresh_token", first.get("refresh")))
                .andExpect(status().isOk()).andReturn();
        String second = read(rotated, "$.refresh_token");
        assertThat(second).isNotEqualTo(first.get("refresh"));
        me(read(rotated, "$.access_token")).andExpect(status().isOk());

        // The first token again: only a copy would be used twice, so the whole session ends.
        post("/api/v1/auth/refresh", Map.of("refresh_token", first.get("refresh")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_token"));
        post("/api/v1/auth/refresh", Map.of("refresh_token", second)).andExpect(status().isUnauthorized());
    }

    @Test
    void logoutEndsThatSessionOnly() throws Exception {
        String email = registerNew();
        Map<String, String> phone = login(email);
        Map<String, String> laptop = login(email);
        post("/api/v1/auth/logout", Map.of("refresh_token", phone.get("refresh"))).andExpect(status().isNoContent());
        post("/api/v1/auth/refresh", Map.of("refresh_token", phone.get("refresh"))).andExpect(status().isUnauthorized());
        post("/api/v1/auth/refresh", Map.of("refresh_token", laptop.get("refresh"))).andExpect(status().isOk());
        // An unknown token is also a 204: the answer reveals nothing.
        post("/api/v1/auth/logout", Map.of("refresh_token", "bm90LWEtdG9rZW4")).andExpect(status().isNoContent());
    }

    @Test
    void logoutAllEndsEverySessionAndEveryAccessToken() throws Exception {
        String email = registerNew();
        Map<String, String> phone = login(email);
        Map<String, String> laptop = login(email);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/logout-all").header("Authorization", "Bearer " + phone.get("access")))
                .andExpect(status().isNoContent());
        me(phone.get("access")).andExpect(status().isUnauthorized());
        me(laptop.get("access")).andExpect(status().isUnauthorized());
        post("/api/v1/auth/refresh", Map.of("refresh_token", laptop.get("refresh"))).andExpect(status().isUnauthorized());
        me(login(email).get("access")).andExpect(status().isOk());
    }

    @Test
    void aDeletedAccountStaysDeletedAndItsAccessTokenIsRefused() throws Exception {
        String email = registerNew();
        Map<String, String> session = login(email);
        String id = read(me(session.get("access")).andExpect(status().isOk()).andReturn(), "$.id");
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/users/me").header("Authorization", "Bearer " + session.get("access")))
                .andExpect(status().isNoContent());

        me(session.get("access")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("invalid_token"));
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE subject = :subject").param("subject", id)
                .query(Integer.class).single()).isZero();
        post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEverySession() throws Exception {
        String email = registerNew();
        Map<String, String> session = login(email);
        changePassword(session.get("access"), "not the password", "a brand new password")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("invalid_credentials"));
        changePassword(session.get("access"), PASSWORD, "a brand new password").andExpect(status().isNoContent());
        me(session.get("access")).andExpect(status().isUnauthorized());
        post("/api/v1/auth/refresh", Map.of("refresh_token", session.get("refresh"))).andExpect(status().isUnauthorized());
        post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).andExpect(status().isUnauthorized());
        post("/api/v1/auth/login", Map.of("email", email, "password", "a brand new password")).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetIsMailedUsedOnceAndEndsEverySession() throws Exception {
        String email = registerNew();
        Map<String, String> session = login(email);
        int mailsBefore = smtp.getReceivedMessages().length;
        post("/api/v1/auth/password-reset", Map.of("email", newEmail())).andExpect(status().isAccepted());
        post("/api/v1/auth/password-reset", Map.of("email", email)).andExpect(status().isAccepted());

        assertThat(smtp.waitForIncomingEmail(10_000, mailsBefore + 1)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(mailsBefore + 1);
        MimeMessage mail = mails[mails.length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        String token = tokenIn(GreenMailUtil.getBody(mail));

        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "new_password", "chosen after a reset"))
                .andExpect(status().isNoContent());
        me(session.get("access")).andExpect(status().isUnauthorized());
        post("/api/v1/auth/login", Map.of("email", email, "password", "chosen after a reset")).andExpect(status().isOk());
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "new_password", "and once more please"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_reset_token"));
    }

    @Test
    void aResetTokenOlderThanItsLifetimeIsRefused() throws Exception {
        String email = registerNew();
        int mailsBefore = smtp.getReceivedMessages().length;
        post("/api/v1/auth/password-reset", Map.of("email", email)).andExpect(status().isAccepted());
        assertThat(smtp.waitForIncomingEmail(10_000, mailsBefore + 1)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        String token = tokenIn(GreenMailUtil.getBody(mails[mails.length - 1]));
        // Thirty-one minutes pass.
        jdbc.sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).update();
        post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "new_password", "too late for this one"))
                .andExpect(status().isBadRequest());
        post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).andExpect(status().isOk());
    }

    @Test
    void aStaleBearerTokenDoesNotStopASignIn() throws Exception {
        String email = registerNew();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/login")
                        .header("Authorization", "Bearer expired.or.garbage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk());
    }

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private static String tokenIn(String body) {
        Matcher matcher = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a reset link in the mail: " + body.length() + " characters").isTrue();
        return matcher.group(1);
    }

    private ResultActions changePassword(String access, String current, String next) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/password")
                .header("Authorization", "Bearer " + access)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("current_password", current, "new_password", next))));
    }

    private String registerNew() throws Exception {
        String email = newEmail();
        register(email, PASSWORD);
        return email;
    }

    private void register(String email, String password) throws Exception {
        post("/api/v1/auth/register", Map.of("email", email, "password", password)).andExpect(status().isCreated());
    }

    private Map<String, String> login(String email) throws Exception {
        MvcResult result = post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .andExpect(status().isOk()).andReturn();
        return Map.of("access", read(result, "$.access_token"), "refresh", read(result, "$.refresh_token"));
    }

    private ResultActions me(String access) throws Exception {
        return mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + access));
    }

    private ResultActions post(String path, Map<String, String> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    private static String json(Map<String, String> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":\"")
                .append(value).append('"'));
        return json.append('}').toString();
    }

    private static String read(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
    }

    private static String withoutRequestId(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("\"request_id\":\"[^\"]*\"", "");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
