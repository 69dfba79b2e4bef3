package dev.taskapi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.taskapi.TaskApiApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.fail;

/**
 * The whole server on a real port, started and stopped by the test itself (so a test can stop it in the
 * middle of a request), spoken to over real HTTP. Every answer from an API path is checked against
 * {@code openapi.yaml}, like the answers {@link ApiTestSupport} sees.
 */
public final class LiveServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http;
    private final int port;

    private LiveServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** Starts the server with the test environment, changed by {@code overrides}, on a free port. */
    public static LiveServer start(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(TestEnvironment.properties());
        properties.put("server.port", "0");
        properties.putAll(overrides);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TaskApiApplication.class)
                .initializers(applicationContext -> applicationContext.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("live-server-test", properties)))
                .run();
        return new LiveServer(context);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path, @Nullable String authorization) {
        return send(request(path, authorization).GET());
    }

    public HttpResponse<String> post(String path, String json, @Nullable String authorization) {
        return send(request(path, authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a request and checks the answer against the spec when the path is part of the API. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (!response.uri().getPath().startsWith("/actuator")) {
                assertMatchesSpec(response);
            }
            return response;
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private HttpRequest.Builder request(String path, @Nullable String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(15));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** Fails when an answer breaks {@code openapi.yaml}. */
    public static void assertMatchesSpec(HttpResponse<String> response) {
        SimpleResponse.Builder spec = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(spec::withHeader);
        response.headers().firstValue("Content-Type").ifPresent(spec::withContentType);
        Request.Method method = Request.Method.valueOf(response.request().method());
        ValidationReport report = SpecValidation.validate(response.uri().getPath(), method, spec.build());
        if (report.hasErrors()) {
            fail("%s %s answered %d, which breaks openapi.yaml:%n%s%nBody: %s", method, response.uri().getPath(),
                    response.statusCode(), report, response.body());
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
