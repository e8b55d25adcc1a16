package crashy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.job.Jobs;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.subscription.Trust;
import crashy.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandCatalogTest {
    private final ChatCommand echo = new ChatCommand() {
        @Override
        public CommandSpec spec() {
            return CommandSpec.named("echo", "Says it back")
                    .withRequiredText("first", "First word")
                    .withOptionalText("rest", "The rest");
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            return CommandReply.text(request.text("first").orElseThrow() + "|"
                    + request.text("rest").orElse("-"));
        }
    };
    private final SubscriptionService subscriptions =
            TestSubscriptions.create(new MutableClock(Jobs.SUBMITTED), "alice");
    private final CommandCatalog catalog = new CommandCatalog(List.of(echo), subscriptions);
    private final ChatUserId ann = TestSubscriptions.telegram("42");

    @Test
    void fillsOptionsInOrderAndGivesTheLastOneTheRestOfTheLine() {
        CommandRequest request = catalog.parse(ann, "Ann", Trust.MEMBER, "/echo shot010 final comp v2")
                .orElseThrow();

        assertThat(request.options()).isEqualTo(Map.of("first", "shot010", "rest", "final comp v2"));
        assertThat(text(catalog.handle(request))).isEqualTo("shot010|final comp v2");
    }

    @Test
    void acceptsTelegramsBotSuffixOnTheCommandName() {
        assertThat(catalog.parse(ann, "Ann", Trust.MEMBER, "/echo@crashy_bot hi"))
                .isPresent();
    }

    @Test
    void explainsTheUsageWhenARequiredOptionIsMissing() {
        CommandReply reply =
                catalog.handle(catalog.parse(ann, "Ann", Trust.MEMBER, "/echo").orElseThrow());

        assertThat(text(reply)).isEqualTo("Missing first. Usage: /echo <first> [rest]");
    }

    @Test
    void ignoresTextThatIsNotAKnownCommand() {
        assertThat(catalog.parse(ann, "Ann", Trust.MEMBER, "hello")).isEmpty();
        assertThat(catalog.parse(ann, "Ann", Trust.MEMBER, "/nope")).isEmpty();
    }

    @Test
    void refusesTwoCommandsWithTheSameName() {
        assertThatThrownBy(() -> new CommandCatalog(List.of(echo, echo), subscriptions))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("echo");
    }

    @Test
    void refusesNamesAndDescriptionsThatAPlatformWouldReject() {
        assertThatThrownBy(() -> CommandSpec.named("Status", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommandSpec.named("status", "x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesStrangersWithOneLineOnHowToGetAccess() {
        CommandRequest request =
                catalog.parse(ann, "Ann", Trust.STRANGER, "/echo hi").orElseThrow();

        assertThat(text(catalog.handle(request))).isEqualTo(CommandCatalog.NO_ACCESS);
        assertThat(catalog.suggest(request, "first", "")).isEmpty();
    }

    @Test
    void letsLinkedUsersInWithoutThePlatformVouchingForThem() {
        subscriptions.link(subscriptions.user(ann, "Ann"), "alice", Trust.MEMBER, false);
        CommandRequest request =
                catalog.parse(ann, "Ann", Trust.STRANGER, "/echo hi").orElseThrow();

        assertThat(text(catalog.handle(request))).isEqualTo("hi|-");
    }

    private static String text(CommandReply reply) {
        return reply.plainText(Instant.EPOCH);
    }
}
