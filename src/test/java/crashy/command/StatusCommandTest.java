package crashy.command;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmPollerFixture;
import crashy.job.Jobs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

    @Test
    void summarisesTheFarmPerUserWithProgressBars() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(
                Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4), Jobs.failed("aaaaaaaaaaaaaaaaaaaaaaa2", 3));
        StatusCommand status = new StatusCommand(farm.board(), farm.clock());

        String text =
                status.handle(new CommandRequest("ann", "status", Map.of())).text();

        assertThat(text)
                .contains("Render farm: 1 rendering, 0 queued, 0 completed, 1 failed")
                .contains("alice:")
                .contains("▓▓▓▓▓░░░░░  50%  shot010_lighting")
                .contains("Failed in the last day:");
    }

    @Test
    void showsOneJobFoundByPartOfItsName() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4));
        StatusCommand status = new StatusCommand(farm.board(), farm.clock());

        String text = status.handle(new CommandRequest("ann", "status", Map.of("job", "LIGHTING")))
                .text();

        assertThat(text)
                .startsWith("shot010_lighting\nRendering · alice · Arnold")
                .contains("5/10 tasks done, 1 rendering")
                .contains("Output: /renders/alice/shot010/beauty.####.exr");
    }

    @Test
    void saysWhenNoJobMatches() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs();
        StatusCommand status = new StatusCommand(farm.board(), farm.clock());

        String text = status.handle(new CommandRequest("ann", "status", Map.of("job", "nope")))
                .text();

        assertThat(text).startsWith("No job matches \"nope\"");
    }

    @Test
    void saysSinceWhenTheFarmIsUnreachable() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4));
        farm.goDown();
        StatusCommand status = new StatusCommand(farm.board(), farm.clock());

        String text =
                status.handle(new CommandRequest("ann", "status", Map.of())).text();

        assertThat(text)
                .startsWith("⚠ Farm unreachable since ")
                .contains("(3s ago): Deadline Web Service is unreachable: scripted")
                .contains("Render farm: 1 rendering");
    }
}
