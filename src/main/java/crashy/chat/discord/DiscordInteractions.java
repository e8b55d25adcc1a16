package crashy.chat.discord;

import crashy.command.CommandCatalog;
import crashy.command.CommandReply;
import crashy.command.CommandRequest;
import crashy.notification.Outgoing;
import crashy.notification.Pictures;
import crashy.subscription.ChatUserId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what people do with the bot on Discord: registers the slash commands once connected, acknowledges each
 * slash command and button press at once (Discord allows three seconds), then runs it through the catalog on a
 * small pool of its own, never on JDA's threads, and shows the reply; suggests jobs while one types. A command that
 * fails shows a short apology and logs one error.
 */
final class DiscordInteractions extends ListenerAdapter {
    static final String APOLOGY = "Sorry, that went wrong on my side. Try again in a moment.";
    static final String STALE_BUTTON = "That button no longer works. Try /help.";
    private static final Logger log = LoggerFactory.getLogger(DiscordInteractions.class);

    private final CommandCatalog catalog;
    private final DiscordCommands commands;
    private final List<SlashCommandData> slashCommands;
    private final Pictures pictures;
    private final DiscordWorkers workers = new DiscordWorkers();

    /** Builds the slash commands at once, so that one Discord would refuse stops Crashy at startup. */
    DiscordInteractions(CommandCatalog catalog, DiscordCommands commands, Pictures pictures) {
        this.catalog = catalog;
        this.commands = commands;
        this.pictures = pictures;
        this.slashCommands = commands.slashCommands();
    }

    @Override
    public void onReady(ReadyEvent event) {
        event.getJDA()
                .updateCommands()
                .addCommands(slashCommands)
                .queue(
                        registered -> log.info("Discord: {} slash commands registered", registered.size()),
                        failure -> log.warn("Discord did not take the slash commands: {}", failure.getMessage()));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        boolean inGuild = event.isFromGuild();
        CommandRequest request = commands.request(event);
        event.deferReply(inGuild)
                .queue(
                        hook -> workers.run(() -> show(hook, inGuild, answer(request))),
                        failed("acknowledge /" + event.getName(), request.user()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<CommandRequest> request = commands.parse(event, event.getComponentId());
        ChatUserId user = commands.userOf(event);
        event.deferReply(true)
                .queue(
                        hook -> workers.run(() -> show(
                                hook,
                                false,
                                request.map(this::answer).orElseGet(() -> CommandReply.text(STALE_BUTTON)))),
                        failed("acknowledge the button \"" + event.getComponentId() + "\"", user));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        AutoCompleteQuery typing = event.getFocusedOption();
        CommandRequest request = commands.request(event);
        workers.run(() -> {
            List<Command.Choice> choices = catalog.suggest(request, typing.getName(), typing.getValue()).stream()
                    .filter(choice -> choice.value().length() <= Command.Choice.MAX_STRING_VALUE_LENGTH)
                    .limit(25)
                    .map(choice -> new Command.Choice(choice.label(), choice.value()))
                    .toList();
            event.replyChoices(choices).queue(null, failed("suggest for /" + event.getName(), request.user()));
        });
    }

    /** Stops taking work; what runs gets a moment to finish. */
    void close() {
        workers.close();
    }

    private CommandReply answer(CommandRequest request) {
        try {
            return catalog.handle(request);
        } catch (RuntimeException e) {
            log.error("The command /{} of user={} failed", request.command(), request.user(), e);
            return CommandReply.text(APOLOGY);
        }
    }

    /**
     * Replaces the "thinking…" of the acknowledgement with the reply. A reply meant for everyone in a guild channel
     * goes out as a public follow-up instead, since the acknowledgement was only for the caller. A picture the reply
     * names is drawn here, on the workers.
     */
    private void show(InteractionHook hook, boolean inGuild, CommandReply reply) {
        Outgoing message = pictures.prepare(reply.message());
        if (reply.shared() && inGuild) {
            hook.sendMessage(DiscordMessages.create(message, false))
                    .setEphemeral(false)
                    .flatMap(shared -> hook.deleteOriginal())
                    .queue(null, failed("show a reply", null));
        } else {
            hook.editOriginal(DiscordMessages.edit(message)).queue(null, failed("show a reply", null));
        }
    }

    /** Logs that Discord refused or lost an answer: the user sees "the interaction failed", Crashy goes on. */
    private static Consumer<Throwable> failed(String what, @Nullable ChatUserId user) {
        return failure -> log.warn(
                "Could not {} on Discord{}: {}", what, user == null ? "" : " for user=" + user, failure.getMessage());
    }
}
