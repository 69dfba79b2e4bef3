package dev.taskapi.ratelimit;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A request whose body has been looked at without being used up: the first bytes are kept and handed to
 * the controller again, followed by whatever was not read. At most {@code limit} bytes are held, so a
 * large body costs no more memory here than a small one.
 */
final class PeekedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] head;
    private final boolean complete;
    private @Nullable ServletInputStream stream;
    private @Nullable BufferedReader reader;

    private PeekedBodyRequest(HttpServletRequest request, byte[] head, boolean complete) {
        super(request);
        this.head = head;
        this.complete = complete;
    }

    /** Reads up to {@code limit} bytes of the body; a body that declares itself longer is not read at all. */
    static PeekedBodyRequest peek(HttpServletRequest request, int limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            return new PeekedBodyRequest(request, new byte[0], false);
        }
        byte[] head = request.getInputStream().readNBytes(limit + 1);
        return new PeekedBodyRequest(request, head, head.length <= limit);
    }

    /** The whole body, when it fitted within the limit; {@code null} when it did not. */
    byte @Nullable [] body() {
        return complete ? head : null;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("getReader() has already been called for this request");
        }
        if (stream == null) {
            stream = new Replay(head, super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (stream != null) {
            throw new IllegalStateException("getInputStream() has already been called for this request");
        }
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            reader = new BufferedReader(new InputStreamReader(new Replay(head, super.getInputStream()), charset));
        }
        return reader;
    }

    /** The kept bytes, then the rest of the original stream. */
    private static final class Replay extends ServletInputStream {

        private final ByteArrayInputStream head;
        private final ServletInputStream rest;

        Replay(byte[] head, ServletInputStream rest) {
            this.head = new ByteArrayInputStream(head);
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            int next = head.read();
            return next >= 0 ? next : rest.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int fromHead = head.read(buffer, offset, length);
            if (fromHead > 0) {
                return fromHead;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public int available() throws IOException {
            return head.available() > 0 ? head.available() : rest.available();
        }

        @Override
        public boolean isFinished() {
            return head.available() == 0 && rest.isFinished();
        }

        @Override
        public boolean isReady() {
            return head.available() > 0 || rest.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            rest.setReadListener(listener);
        }
    }
}
