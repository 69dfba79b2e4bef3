package dev.taskapi.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class OpenPathsTest {

    @Test
    void aCredentialOperationIsRecognisedHoweverItsPathIsEncoded() {
        assertThat(OpenPaths.isCredentialOperation(new MockHttpServletRequest("POST", "/api/v1/auth/login"))).isTrue();
        assertThat(OpenPaths.isCredentialOperation(new MockHttpServletRequest("POST", "/api/v1/auth/%6Cogin")))
                .as("Spring MVC routes the encoded path to login").isTrue();
        assertThat(OpenPaths.isCredentialOperation(new MockHttpServletRequest("GET", "/api/v1/auth/login"))).isFalse();
        assertThat(OpenPaths.isCredentialOperation(new MockHttpServletRequest("POST", "/api/v1/auth/logout-all")))
                .as("needs the caller's token").isFalse();
    }

    @Test
    void aPatternEndingInTwoStarsCoversWhatLiesUnderIt() {
        assertThat(OpenPaths.matches("/actuator/health/liveness", OpenPaths.HEALTH)).isTrue();
        assertThat(OpenPaths.matches("/health/extra", OpenPaths.HEALTH)).isFalse();
        assertThat(OpenPaths.matches("/docs/index.css", OpenPaths.DOCUMENTS)).isTrue();
        assertThat(OpenPaths.matches("/docsx", OpenPaths.DOCUMENTS)).isFalse();
    }
}
