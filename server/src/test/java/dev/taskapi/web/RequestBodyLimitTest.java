package dev.taskapi.web;

import java.nio.charset.StandardCharsets;

import dev.taskapi.testsupport.ApiTestSupport;
import dev.taskapi.testsupport.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A request body over the limit (1 MiB by default) is refused with 413 before anything reads it. */
class RequestBodyLimitTest extends ApiTestSupport {

    private static final int ONE_MIB = 1024 * 1024;
    private static final Caller CALLER = Caller.newUser();

    @Autowired
    private ProblemResponseWriter writer;

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        mvc.perform(CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                        .content(bodyOfSize(ONE_MIB + 1)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().exists("X-Request-ID"))
                .andExpect(jsonPath("$.error").value("payload_too_large"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("The request body is larger than 1048576 bytes."))
                .andExpect(jsonPath("$.instance").value("/api/v1/tasks"));
    }

    @Test
    void theLimitIsCheckedBeforeTheToken() throws Exception {
        mvc.perform(put("/api/v1/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77").contentType(MediaType.APPLICATION_JSON)
                        .content(bodyOfSize(ONE_MIB + 1)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("payload_too_large"));
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() throws Exception {
        // Read, and refused for what it says: a title of a million characters.
        mvc.perform(CALLER.authorize(post("/api/v1/tasks")).contentType(MediaType.APPLICATION_JSON)
                        .content(bodyOfSize(ONE_MIB)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }

    @Test
    void aChunkedBodyIsMeasuredAsItIsRead() throws Exception {
        RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new RequestBodyLimit(DataSize.ofBytes(16)), writer);

        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        filter.doFilter(chunked("{\"title\": \"Buy oat milk\"}"), tooLarge, notReached);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(notReached.getRequest()).as("the request went no further").isNull();

        MockHttpServletResponse small = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        filter.doFilter(chunked("{\"title\": \"x\"}"), small, reached);
        assertThat(small.getStatus()).isEqualTo(200);
        assertThat(reached.getRequest().getInputStream().readAllBytes())
                .as("the body the next filter reads").asString(StandardCharsets.UTF_8).isEqualTo("{\"title\": \"x\"}");
    }

    /** A JSON body of exactly {@code size} bytes. */
    private static String bodyOfSize(int size) {
        String prefix = "{\"title\": \"";
        String suffix = "\"}";
        return prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix;
    }

    /** A request whose body comes in chunks: its length is unknown until it has been read. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tasks") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
