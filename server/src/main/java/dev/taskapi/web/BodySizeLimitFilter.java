package dev.taskapi.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies up to {@code TASKAPI_MAX_BODY_SIZE}: a larger {@code Content-Length} is refused before
 * anything reads the body, and a body without one (chunked) is counted while it is read, so it fails as
 * soon as it passes the limit instead of after it has been buffered. Either way the answer is a 413 problem.
 * Only for POST, PUT and PATCH: no GET or DELETE operation takes a body, so nothing reads one (Tomcat
 * discards it), and their answers stay the ones the spec gives them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_A_BODY = Set.of("POST", "PUT", "PATCH");

    private final long limit;
    private final ProblemResponseWriter writer;

    BodySizeLimitFilter(HttpEdgeProperties properties, ProblemResponseWriter writer) {
        this.limit = properties.maxBodySize().toBytes();
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS_WITH_A_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            writer.write(request, response, FailureProblems.tooLarge(limit, request));
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            // Read somewhere no exception handler saw it (a filter, say).
            if (!FailureProblems.isBodyTooLarge(ex)) {
                throw ex;
            }
            writer.write(request, response, FailureProblems.of(ex, request));
        }
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable LimitedInputStream body;
        private @Nullable BufferedReader reader;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            // One reader per request, as the servlet contract has it: a second one would lose what the
            // first had buffered.
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        LimitedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
