package dev.taskapi.logging;

import java.io.IOException;

import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.StandardStackTracePrinter;

/**
 * How a JSON log line shows an exception: each exception of its cause chain on a line of its own, without
 * stack frames, as readable lines do ({@code logging.exception-conversion-word}). Frames say nothing an
 * operator can act on, and a library may log its exceptions from anywhere.
 */
public class CauseChainPrinter implements StackTracePrinter {

    private final StackTracePrinter printer = StandardStackTracePrinter.rootLast()
            .withFrameFilter((index, frame) -> false);

    @Override
    public void printStackTrace(Throwable throwable, Appendable out) throws IOException {
        printer.printStackTrace(throwable, out);
    }
}
