package dev.taskapi.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import dev.taskapi.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A user's own account, and what an administrator may do with everyone's. */
class AccountsAndAdminTest extends ApiTestSupport {

    private static final String ADMIN = TestTokens.bearer(TestTokens.forSubject(TestTokens.ADMIN_SUBJECT));

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aUserSetsAndClearsTheirDisplayName() throws Exception {
        Caller caller = Caller.newUser();
        patchMe(caller, "{\"display_name\":\"Grace\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.display_name").value("Grace"));
        patchMe(caller, "{}").andExpect(status().isOk()).andExpect(jsonPath("$.display_name").value("Grace"));
        patchMe(caller, "{\"display_name\":null}").andExpect(status().isOk())
                .andExpect(jsonPath("$.display_name").value(nullValue()));
        patchMe(caller, "{\"tier\":\"pro\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("tier"));
    }

    @Test
    void deletingTheAccountDeletesEveryTask() throws Exception {
        Caller caller = Caller.newUser();
        caller.createTask(mvc, "one");
        caller.createTask(mvc, "two");
        String id = idOf(caller);
        mvc.perform(caller.authorize(delete("/api/v1/users/me"))).andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT count(*) FROM tasks WHERE user_id = :id").param("id", UUID.fromString(id))
                .query(Integer.class).single()).isZero();
        // The token still verifies, so its next request starts a new, empty account.
        assertThat(idOf(caller)).isNotEqualTo(id);
        mvc.perform(caller.authorize(get("/api/v1/tasks"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void onlyAdministratorsMayListOrChangeAccounts() throws Exception {
        Caller caller = Caller.newUser();
        mvc.perform(caller.authorize(get("/api/v1/admin/users"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(caller.authorize(patch("/api/v1/admin/users/" + idOf(caller)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"tier\":\"pro\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/users").header("Authorization", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/v1/users/me").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.roles[0]").value("admin"));
    }

    @Test
    void administratorsFindAccountsByEmailOnePageAtATime() throws Exception {
        String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        for (int i = 0; i < 3; i++) {
            String token = TestTokens.sign(claims -> claims.claim("email", "person@" + domain));
            mvc.perform(get("/api/v1/users/me").header("Authorization", TestTokens.bearer(token)))
                    .andExpect(status().isOk());
        }
        MvcResult first = listUsers("?email=" + domain.toUpperCase() + "&limit=2")
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.next_cursor").value(not(nullValue())))
                .andReturn();
        String cursor = JsonPath.read(first.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.next_cursor");
        listUsers("?email=" + domain + "&limit=2&cursor=" + cursor)
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].email").value("person@" + domain))
                .andExpect(jsonPath("$.next_cursor").value(nullValue()));
        listUsers("?email=%25").andExpect(status().isOk());
        listUsers("?cursor=not-a-cursor").andExpect(status().isUnprocessableContent());
    }

    @Test
    void aTierChangeAppliesOnTheNextRequest() throws Exception {
        Caller caller = Caller.newUser();
        adminPatch(idOf(caller), "{\"tier\":\"pro\",\"roles\":[\"beta\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("pro"));
        mvc.perform(caller.authorize(get("/api/v1/users/me"))).andExpect(jsonPath("$.tier").value("pro"))
                .andExpect(jsonPath("$.roles[0]").value("beta"));
    }

    @Test
    void aDisabledUserIsRefusedEverythingUntilEnabledAgain() throws Exception {
        Caller caller = Caller.newUser();
        String taskId = caller.createTask(mvc, "before");
        String id = idOf(caller);
        adminPatch(id, "{\"disabled\":true}").andExpect(status().isOk()).andExpect(jsonPath("$.disabled").value(true));
        mvc.perform(caller.authorize(get("/api/v1/users/me"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This account is disabled."));
        mvc.perform(caller.authorize(get("/api/v1/tasks/" + taskId))).andExpect(status().isForbidden());
        mvc.perform(caller.authorize(get("/api/" + caller.subject() + "/tasks"))).andExpect(status().isForbidden());
        adminPatch(id, "{\"disabled\":false}").andExpect(status().isOk());
        mvc.perform(caller.authorize(get("/api/v1/tasks/" + taskId))).andExpect(status().isOk());
    }

    @Test
    void aRoleNamedLikeAnSqlKeywordIsKeptAsItsName() throws Exception {
        Caller caller = Caller.newUser();
        String id = idOf(caller);
        adminPatch(id, "{\"roles\":[\"null\",\"editor\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("null"))
                .andExpect(jsonPath("$.roles[1]").value("editor"));
        mvc.perform(caller.authorize(get("/api/v1/users/me"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("null"));
    }

    @Test
    void changesToUnknownAccountsOrWithBadValuesAreRefused() throws Exception {
        adminPatch(UUID.randomUUID().toString(), "{\"tier\":\"pro\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no such user."));
        adminPatch("not-a-uuid", "{\"tier\":\"pro\"}").andExpect(status().isNotFound());
        String id = idOf(Caller.newUser());
        adminPatch(id, "{\"tier\":null}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("tier"));
        adminPatch(id, "{\"tier\":\"gold\"}").andExpect(status().isUnprocessableContent());
        adminPatch(id, "{\"roles\":[\"Not A Role\"]}").andExpect(status().isUnprocessableContent());
    }

    private ResultActions patchMe(Caller caller, String json) throws Exception {
        return mvc.perform(caller.authorize(patch("/api/v1/users/me"))
                .contentType(MediaType.valueOf("application/merge-patch+json")).content(json));
    }

    private ResultActions listUsers(String query) throws Exception {
        return mvc.perform(get("/api/v1/admin/users" + query).header("Authorization", ADMIN));
    }

    private ResultActions adminPatch(String userId, String json) throws Exception {
        return mvc.perform(patch("/api/v1/admin/users/" + userId).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String idOf(Caller caller) throws Exception {
        MvcResult result = mvc.perform(caller.authorize(get("/api/v1/users/me"))).andExpect(status().isOk()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
    }
}
