package dev.taskapi.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.taskapi.testsupport.ApiTestSupport;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a reader of the documentation gets, without a token: the spec exactly as written, the same document
 * as JSON, and two pages whose every script and style comes from this server.
 * <p>
 * These paths are not API operations, so the checks against {@code openapi.yaml} every API test gets do not
 * apply: requests go through the server's security filters, without the spec check.
 */
class DocsTest extends ApiTestSupport {

    private static final Pattern LINKED_URL = Pattern.compile("(?:src|href|spec-url|data-spec-url)=\"([^\"]*)\"");

    @Autowired
    private WebApplicationContext context;

    private MockMvc docs;

    @BeforeEach
    void withTheServersSecurityButWithoutTheSpecCheck() {
        docs = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
    }

    @Test
    void openapiYamlIsTheHandWrittenSpecByteForByte() throws Exception {
        MockHttpServletResponse response = fetch("/openapi.yaml");

        assertThat(response.getContentType()).startsWith("application/yaml");
        assertThat(response.getContentAsByteArray()).isEqualTo(Files.readAllBytes(specFile()));
    }

    @Test
    void openapiJsonIsTheSameDocument() throws Exception {
        MockHttpServletResponse response = fetch("/openapi.json");

        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        Map<?, ?> fromJson = JsonMapper.builder().build()
                .readValue(response.getContentAsString(StandardCharsets.UTF_8), Map.class);
        Map<?, ?> fromYaml = new Yaml(new LoaderOptions())
                .load(Files.readString(specFile(), StandardCharsets.UTF_8));
        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(fromJson.get("openapi")).isEqualTo("3.0.3");
    }

    @Test
    void swaggerUiLoadsOnlyAssetsOfThisServer() throws Exception {
        MockHttpServletResponse page = fetch("/docs");

        assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.getHeader("Content-Security-Policy")).as("the browser may load from this server only")
                .isEqualTo(dev.taskapi.web.SecurityHeaders.DOCS_POLICY).contains("script-src 'self';", "connect-src 'self'");
        List<String> urls = linkedUrls(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(urls).contains("/openapi.json", "/docs/assets/swagger-ui-bundle.js",
                "/docs/assets/swagger-ui.css", "/docs/swagger-initializer.js");
        assertEveryOneLoadsFromThisServer(urls);
        assertThat(fetch("/docs/swagger-initializer.js").getContentAsString(StandardCharsets.UTF_8))
                .as("the initializer puts this server first, for Try it out")
                .contains("window.location.origin")
                .doesNotContain("http://", "https://");
    }

    @Test
    void redocLoadsOnlyAssetsOfThisServer() throws Exception {
        MockHttpServletResponse page = fetch("/redoc");

        assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.getHeader("Content-Security-Policy")).as("the browser may load from this server only")
                .isEqualTo(dev.taskapi.web.SecurityHeaders.DOCS_POLICY).contains("img-src 'self' data:", "connect-src 'self'");
        List<String> urls = linkedUrls(page.getContentAsString(StandardCharsets.UTF_8));
        assertThat(urls).contains("/openapi.yaml", "/redoc/assets/redoc.standalone.js");
        assertEveryOneLoadsFromThisServer(urls);
    }

    @Test
    void assetsAreServedWithTheirTypes() throws Exception {
        assertThat(fetch("/docs/assets/swagger-ui-bundle.js").getContentType()).contains("javascript");
        assertThat(fetch("/docs/assets/swagger-ui.css").getContentType()).startsWith("text/css");
        assertThat(fetch("/redoc/assets/redoc.standalone.js").getContentType()).contains("javascript");
    }

    @Test
    void aMissingAssetIsANotFound() throws Exception {
        MockHttpServletResponse response = docs.perform(get("/docs/assets/no-such-file.js")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
    }

    private void assertEveryOneLoadsFromThisServer(List<String> urls) throws Exception {
        for (String url : urls) {
            assertThat(url).as("a URL of this server, not of another host").startsWith("/").doesNotStartWith("//");
            assertThat(fetch(url).getContentAsByteArray()).as(url).isNotEmpty();
        }
    }

    /** GET without a token: the documentation is public. */
    private MockHttpServletResponse fetch(String path) throws Exception {
        MockHttpServletResponse response = docs.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
        return response;
    }

    private static List<String> linkedUrls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher matcher = LINKED_URL.matcher(html);
        while (matcher.find()) {
            urls.add(matcher.group(1));
        }
        return urls;
    }

    /** The spec as its authors wrote it, in the api-spec module. */
    private static Path specFile() {
        return Path.of(System.getProperty("taskapi.spec.file", "../api-spec/src/main/resources/openapi.yaml"));
    }
}
