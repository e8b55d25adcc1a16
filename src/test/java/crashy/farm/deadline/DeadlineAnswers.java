package crashy.farm.deadline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Answers of the Web Service for tests: the real recorded ones and small hand-written jobs in the same shape. */
final class DeadlineAnswers {
    static final String BLENDER_JOB_ID = "60ae9508f69eb6110034df45";

    private DeadlineAnswers() {}

    /** A file of {@code src/test/resources/deadline}, recorded from a real farm. */
    static String real(String file) {
        try (InputStream in = DeadlineAnswers.class.getResourceAsStream("/deadline/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job as {@code /api/jobs} lists it, with the fields Crashy reads and a few it does not. */
    static String job(String id, int stat, String user) {
        return """
                {"Props": {"Name": "shot010_lighting", "Batch": "shot010", "User": "%s", "Grp": "gpu", "Pool": "arnold",
                           "Pri": 60, "Frames": "1-10", "Tasks": 10, "PlugInfo": {"SceneFile": "/p/shot010.ma"}},
                 "Plug": "MayaBatch", "Stat": %d, "Mach": "ws-01",
                 "Date": "2024-03-01T10:15:00.1234567+01:00", "DateStart": "0001-01-01T00:00:00Z",
                 "DateComp": "0001-01-01T00:00:00Z", "OutDir": ["/renders/shot010"], "OutFile": ["beauty.####.exr"],
                 "QueuedChunks": 10, "RenderingChunks": 0, "CompletedChunks": 0, "FailedChunks": 0,
                 "SuspendedChunks": 0, "PendingChunks": 0, "Errs": 0, "_id": "%s"}""".formatted(user, stat, id);
    }

    static String array(String... elements) {
        return "[" + String.join(",", elements) + "]";
    }

    static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
