package crashy.chat.terminal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The terminal the demo chat reads from and writes to: the process's own, or a test's streams. */
@Component
@ConditionalOnProperty(name = "crashy.terminal.enabled", havingValue = "true")
final class TerminalConsole {
    private final InputStream in;
    private final PrintStream out;

    TerminalConsole() {
        this(System.in, System.out);
    }

    TerminalConsole(InputStream in, PrintStream out) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    InputStream in() {
        return in;
    }

    /** Lines from several threads (replies, events, DMs) must not interleave mid-line. */
    synchronized void print(String text) {
        out.println(text);
    }
}
