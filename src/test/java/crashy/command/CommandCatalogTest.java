package crashy.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            return new CommandReply(request.text("first").orElseThrow() + "|"
                    + request.text("rest").orElse("-"));
        }
    };
    private final CommandCatalog catalog = new CommandCatalog(List.of(echo));

    @Test
    void fillsOptionsInOrderAndGivesTheLastOneTheRestOfTheLine() {
        CommandRequest request =
                catalog.parse("ann", "/echo shot010 final comp v2").orElseThrow();

        assertThat(request.options()).isEqualTo(Map.of("first", "shot010", "rest", "final comp v2"));
        assertThat(catalog.handle(request).text()).isEqualTo("shot010|final comp v2");
    }

    @Test
    void acceptsTelegramsBotSuffixOnTheCommandName() {
        assertThat(catalog.parse("ann", "/echo@crashy_bot hi")).isPresent();
    }

    @Test
    void explainsTheUsageWhenARequiredOptionIsMissing() {
        CommandReply reply = catalog.handle(catalog.parse("ann", "/echo").orElseThrow());

        assertThat(reply.text()).isEqualTo("Missing first. Usage: /echo <first> [rest]");
    }

    @Test
    void ignoresTextThatIsNotAKnownCommand() {
        assertThat(catalog.parse("ann", "hello")).isEmpty();
        assertThat(catalog.parse("ann", "/nope")).isEmpty();
    }

    @Test
    void refusesTwoCommandsWithTheSameName() {
        assertThatThrownBy(() -> new CommandCatalog(List.of(echo, echo)))
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
    void shortensRepliesToWhatEveryPlatformAccepts() {
        assertThat(new CommandReply("x".repeat(5000)).text()).hasSize(CommandReply.MAX_LENGTH);
    }
}
