package crashy.command;

import crashy.message.ChatMessage;
import crashy.message.Tone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@code /help}: every command with its usage. */
@Component
final class HelpCommand implements ChatCommand {
    // The catalog holds this command too, so it is looked up when asked rather than injected.
    private final ObjectProvider<CommandCatalog> catalog;

    HelpCommand(ObjectProvider<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("help", "What Crashy can do").openToAll();
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        StringBuilder text = new StringBuilder("I watch the render farm and DM you when your renders finish, fail or"
                + " start erroring. Link your Deadline user name first: /link <name>.\n\n");
        catalog.getObject()
                .specs()
                .forEach(spec -> text.append(spec.usage())
                        .append(" — ")
                        .append(spec.description())
                        .append('\n'));
        return CommandReply.of(
                ChatMessage.titled(Tone.NEUTRAL, "Crashy", text.toString().stripTrailing()));
    }
}
