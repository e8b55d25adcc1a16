package crashy.command;

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
        return CommandSpec.named("help", "What Crashy can do");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        StringBuilder text = new StringBuilder("Crashy watches the render farm for you. Commands:\n");
        catalog.getObject()
                .specs()
                .forEach(spec -> text.append(String.format("  %-22s %s%n", spec.usage(), spec.description())));
        return new CommandReply(text.toString().stripTrailing());
    }
}
