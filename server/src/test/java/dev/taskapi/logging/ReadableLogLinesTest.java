package dev.taskapi.logging;

import java.io.IOException;

import dev.taskapi.testsupport.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Readable log lines (the default format) show a logged exception's cause chain, never its stack frames. */
@ExtendWith(OutputCaptureExtension.class)
class ReadableLogLinesTest extends ApiTestSupport {

    @Test
    void aLoggedExceptionShowsItsCauseChainWithoutStackFrames(CapturedOutput output) {
        LoggerFactory.getLogger("some.library").warn("Connection marked as broken",
                new IllegalStateException("outer", new IOException("inner")));
        String out = output.getOut();
        assertThat(out).contains("Connection marked as broken");
        String logged = out.substring(out.indexOf("Connection marked as broken"));
        assertThat(logged).contains("java.lang.IllegalStateException: outer")
                .contains("Caused by: java.io.IOException: inner")
                .doesNotContain("\tat ", "ReadableLogLinesTest");
    }
}
