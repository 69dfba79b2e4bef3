package dev.taskapi.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.fail;

/**
 * Checks a response against {@code openapi.yaml}: its status is documented for the operation, and its
 * body and headers match what the spec says. Requests are not checked here, because tests send
 * deliberately broken ones; the spec is what the server's answers must obey.
 */
public final class SpecValidation {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(spec())
            .build();

    private SpecValidation() {
    }

    public static ResultMatcher responseMatchesSpec() {
        return result -> {
            MockHttpServletRequest request = result.getRequest();
            if (!isOperation(request)) {
                return;
            }
            ValidationReport report = VALIDATOR.validateResponse(request.getRequestURI(),
                    Request.Method.valueOf(request.getMethod()), MockMvcResponse.of(result.getResponse()));
            if (report.hasErrors()) {
                fail("%s %s answered %d, which breaks openapi.yaml:%n%s%nBody: %s", request.getMethod(),
                        request.getRequestURI(), result.getResponse().getStatus(), report,
                        result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        };
    }

    /** A CORS preflight and the documentation pages are answers of the server, not operations of the spec. */
    private static boolean isOperation(MockHttpServletRequest request) {
        String path = request.getRequestURI();
        return !request.getMethod().equals("OPTIONS") && !path.startsWith("/docs") && !path.startsWith("/redoc")
                && !path.startsWith("/webjars/");
    }

    /** Checks an answer received over real HTTP (see {@link LiveServer}). */
    public static ValidationReport validate(String path, Request.Method method,
                                            com.atlassian.oai.validator.model.Response response) {
        return VALIDATOR.validateResponse(path, method, response);
    }

    private static String spec() {
        try (InputStream in = SpecValidation.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
