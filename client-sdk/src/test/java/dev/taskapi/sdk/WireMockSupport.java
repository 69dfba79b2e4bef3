package dev.taskapi.sdk;

import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A WireMock server per test class, reset before each test, and answers shaped like the spec's examples. */
abstract class WireMockSupport {

    static final String TASK_ID = "0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77";
    static final String TASK_PATH = "/api/v1/tasks/" + TASK_ID;

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            // Plain HTTP/1.1 like the real server: Jetty's cleartext HTTP/2 upgrade stalls PUT and PATCH
            // requests of java.net.http for seconds, which would only test WireMock.
            .options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
            .build();

    static String baseUrl() {
        return api.baseUrl();
    }

    /** A client with a fixed token, as one with an external identity provider would be. */
    static TaskApiClient.Builder clientWithToken() {
        return TaskApiClient.builder().baseUrl(baseUrl()).tokenProvider(() -> "external-token");
    }

    /** 200 with the spec's task example (changed in a few members), as JSON, with an ETag. */
    static ResponseDefinitionBuilder task(String etag, Map<String, ?> changes) {
        return json(200, SpecExamples.json("Task", changes)).withHeader("ETag", etag);
    }

    static ResponseDefinitionBuilder task(String etag) {
        return task(etag, Map.of());
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-ID", "01JD5Q9ZB6A3K7N8P4R2T6V0WX")
                .withBody(body);
    }

    /** An error answer with one of the spec's problem examples. */
    static ResponseDefinitionBuilder problem(int status, String example) {
        return problem(status, example, Map.of());
    }

    static ResponseDefinitionBuilder problem(int status, String example, Map<String, ?> changes) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("X-Request-ID", "01JD5Q9ZB6A3K7N8P4R2T6V0WX")
                .withBody(SpecExamples.json(example, changes));
    }
}
