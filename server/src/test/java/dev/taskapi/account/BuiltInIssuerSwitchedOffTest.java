package dev.taskapi.account;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A deployment that signs users in only through external identity providers. */
@TestPropertySource(properties = "taskapi.auth.built-in.enabled=false")
class BuiltInIssuerSwitchedOffTest extends ApiTestSupport {

    @Test
    void theCredentialOperationsAndTheKeysAreNotThere() throws Exception {
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"password\":\"long enough password\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"password\":\"long enough password\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/.well-known/jwks.json")).andExpect(status().isNotFound());
    }

    @Test
    void externalTokensStillWork() throws Exception {
        mvc.perform(Caller.newUser().authorize(get("/api/v1/users/me"))).andExpect(status().isOk());
    }
}
