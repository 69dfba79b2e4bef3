package dev.taskapi.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.taskapi.TaskApiApplication;
import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.MovableClock;
import dev.taskapi.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The built-in issuer's keys: published for other services, kept across restarts, rotated without a gap. */
class BuiltInIssuerKeysTest extends ApiTestSupport {

    @Autowired
    private SigningKeys signingKeys;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private AuthProperties properties;

    @Test
    void thePublishedKeyVerifiesTheTokensWeIssue() throws Exception {
        SignedJWT token = SignedJWT.parse(register());
        JWKSet published = JWKSet.parse(jwks());
        RSAKey key = published.getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("taskapi");
        assertThat(token.getJWTClaimsSet().getExpirationTime()).isNotNull();
        assertThat(token.getJWTClaimsSet().getJWTID()).isNotBlank();
    }

    @Test
    void aRotationKeepsTheOldKeyPublishedAndItsTokensValid() throws Exception {
        String before = register();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
        signingKeys.rotate();
        String after = register();
        String newKid = SignedJWT.parse(after).getHeader().getKeyID();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(JWKSet.parse(jwks()).getKeys()).extracting(key -> key.getKeyID()).contains(oldKid, newKid);
        for (String token : List.of(before, after)) {
            mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
    }

    @Test
    void tokensSurviveARestart() throws Exception {
        String token = register();
        // A second server over the same database: what a restart, or another instance, sees.
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(TaskApiApplication.class)
                .initializers(new TestEnvironment())
                .properties("server.port=0")
                .run()) {
            assertThat(restarted.getBean(JwtDecoder.class).decode(token).getSubject()).isNotBlank();
            assertThat(restarted.getBean(SigningKeys.class).signer().kid())
                    .isEqualTo(SignedJWT.parse(token).getHeader().getKeyID());
        }
    }

    @Test
    void thePublishedKeysAreReadOnceASecondAtMostAndShowAnotherInstancesNewKeyAfterThat() {
        MovableClock clock = new MovableClock(Instant.now());
        SigningKeys here = new SigningKeys(jdbc, transactions, clock, properties.builtIn());
        SigningKeys elsewhere = new SigningKeys(jdbc, transactions, Clock.systemUTC(), properties.builtIn());
        List<String> before = kids(here.published());
        elsewhere.rotate();
        String newKid = elsewhere.signer().kid();
        assertThat(kids(here.published())).as("within the second: from memory").isEqualTo(before);
        assertThat(kids(here.publishedNow())).as("for verification: read now").contains(newKid);
        clock.advance(Duration.ofSeconds(1));
        assertThat(kids(here.published())).as("a second later").contains(newKid).containsAll(before);
    }

    private static List<String> kids(JWKSet keys) {
        return keys.getKeys().stream().map(JWK::getKeyID).toList();
    }

    private String jwks() throws Exception {
        return mvc.perform(get("/.well-known/jwks.json")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String register() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + UUID.randomUUID() + "@example.com\",\"password\":\"long enough password\"}"))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.tokens.access_token");
    }
}
