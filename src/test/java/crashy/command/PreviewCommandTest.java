package crashy.command;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmPollerFixture;
import crashy.job.Job;
import crashy.job.Jobs;
import crashy.message.Picture;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.subscription.Trust;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewCommandTest {
    private final Job job = Jobs.named(Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4), "hero shot 010");
    private final FarmPollerFixture farm = FarmPollerFixture.withJobs(job);
    private final SubscriptionService subscriptions = TestSubscriptions.create(farm.clock(), "alice");
    private final CommandCatalog catalog = new CommandCatalog(
            List.of(new PreviewCommand(new JobArguments(farm.board()), subscriptions)), subscriptions);

    @Test
    void namesTheWholeJobOrOneFrameForThePlatformToDraw() {
        CommandReply whole = ask(Trust.MEMBER, Map.of("job", "hero"));
        CommandReply frame = ask(Trust.MEMBER, Map.of("job", "hero", "frame", "12"));

        assertThat(whole.message().picture()).contains(Picture.overview(job.id()));
        assertThat(whole.message().title()).isEqualTo("🖼 hero shot 010");
        assertThat(frame.message().picture()).contains(Picture.frame(job.id(), 12));
        assertThat(frame.message().title()).isEqualTo("🖼 hero shot 010, frame 12");
        assertThat(frame.message().buttons()).extracting(b -> b.command()).containsExactly("status " + job.id());
    }

    @Test
    void aJobNameWithSpacesTypedOnOneLineKeepsItsFrame() {
        CommandRequest typed = catalog.parse(user(), "Ann", Trust.MEMBER, "/preview hero shot 7")
                .orElseThrow();

        assertThat(catalog.handle(typed).message().picture()).contains(Picture.frame(job.id(), 7));
        CommandRequest noFrame =
                catalog.parse(user(), "Ann", Trust.MEMBER, "/preview hero shot").orElseThrow();
        assertThat(catalog.handle(noFrame).message().picture()).contains(Picture.overview(job.id()));
        CommandRequest wholeName = catalog.parse(user(), "Ann", Trust.MEMBER, "/preview hero shot 010")
                .orElseThrow();
        assertThat(catalog.handle(wholeName).message().picture())
                .as("a name that ends in a number is the job's name, not a frame")
                .contains(Picture.overview(job.id()));
    }

    @Test
    void aFrameThatIsNotANumberGetsAHelpfulReply() {
        CommandReply reply = ask(Trust.MEMBER, Map.of("job", job.id().value(), "frame", "last"));

        assertThat(reply.message().picture()).isEmpty();
        assertThat(reply.message().body())
                .isEqualTo("\"last\" is not a frame number. Give one like 12, or leave it out to see the whole job:"
                        + " /preview <job> [frame]");
    }

    @Test
    void aJobWithoutOutputsHasNothingToShow() {
        FarmPollerFixture bare = FarmPollerFixture.withJobs(Jobs.withOutputs(job));
        CommandCatalog bareCatalog = new CommandCatalog(
                List.of(new PreviewCommand(new JobArguments(bare.board()), subscriptions)), subscriptions);

        CommandReply reply =
                bareCatalog.handle(new CommandRequest(user(), "Ann", Trust.MEMBER, "preview", Map.of("job", "hero")));

        assertThat(reply.message().body())
                .isEqualTo("\"hero shot 010\" names no output files, so there is nothing" + " to show.");
    }

    @Test
    void aStrangerSeesNoPicture() {
        CommandReply reply = ask(Trust.STRANGER, Map.of("job", "hero"));

        assertThat(reply.message().picture()).isEmpty();
        assertThat(reply.message().body()).isEqualTo(CommandCatalog.NO_ACCESS);
    }

    private CommandReply ask(Trust trust, Map<String, String> options) {
        return catalog.handle(new CommandRequest(user(), "Ann", trust, "preview", options));
    }

    private static ChatUserId user() {
        return TestSubscriptions.discord("7");
    }
}
