package dev.taskapi.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The documentation the server publishes about itself: the spec ({@code /openapi.yaml}, {@code /openapi.json}),
 * Swagger UI ({@code /docs}) and ReDoc ({@code /redoc}). The pages load their scripts and styles from this
 * server only (see {@link DocsAssets}), so they work without internet access. All of it is public.
 */
@Controller
class DocsController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript");


    private final ApiDocument document;
    private final String swaggerUiPage = template("docs/swagger-ui.html");
    private final String redocPage = template("docs/redoc.html");
    private final String swaggerUiInitializer = template("docs/swagger-initializer.js");

    DocsController(ApiDocument document) {
        this.document = document;
    }

    @GetMapping("/openapi.yaml")
    ResponseEntity<byte[]> yaml() {
        return ResponseEntity.ok().contentType(YAML).body(document.yaml());
    }

    @GetMapping("/openapi.json")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document.json());
    }

    @GetMapping("/docs")
    ResponseEntity<String> swaggerUi(HttpServletRequest request) {
        return page(swaggerUiPage, request);
    }

    /** Swagger UI's start-up script, a file of its own so the page needs no inline script. */
    @GetMapping("/docs/swagger-initializer.js")
    ResponseEntity<String> swaggerUiInitializer() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).body(swaggerUiInitializer);
    }

    @GetMapping("/redoc")
    ResponseEntity<String> redoc(HttpServletRequest request) {
        return page(redocPage, request);
    }

    /** The pages name every URL from the servlet context path, so they work under any prefix. */
    private static ResponseEntity<String> page(String template, HttpServletRequest request) {
        String html = template.replace("{{base}}", HtmlUtils.htmlEscape(request.getContextPath()));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The page template " + name + " is missing", ex);
        }
    }
}
