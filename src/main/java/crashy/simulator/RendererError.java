package crashy.simulator;

import java.util.List;
import java.util.Objects;

/**
 * How one renderer reports one kind of error: the message Deadline puts in the report title and the lines the
 * renderer printed before it. Messages may hold {@code {scene}}, {@code {output}}, {@code {outdir}} and
 * {@code {frame}}, filled in from the job.
 */
record RendererError(ErrorKind kind, Style style, String message, List<String> output) {

    /** How the error reached Deadline, which decides the shape of the title's stack trace. */
    enum Style {
        /** The plugin matched an error line of the renderer's output and failed the task with it. */
        STDOUT,
        /** The plugin gave up before rendering, e.g. no executable. */
        PLUGIN,
        /** The renderer crashed or exited with an error code. */
        EXIT,
        /** The worker itself stopped the task, e.g. a task timeout. */
        WORKER
    }

    RendererError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(message, "message");
        output = List.copyOf(output);
    }

    static RendererError stdout(ErrorKind kind, String message, String... before) {
        return new RendererError(kind, Style.STDOUT, message, List.of(before));
    }

    static RendererError exit(ErrorKind kind, int code, String... before) {
        return new RendererError(
                kind,
                Style.EXIT,
                "Renderer returned non-zero error code, " + code + ". Check the log for more information.",
                List.of(before));
    }
}
