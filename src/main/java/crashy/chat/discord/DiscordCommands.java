package crashy.chat.discord;

import crashy.command.CommandCatalog;
import crashy.command.CommandOption;
import crashy.command.CommandRequest;
import crashy.command.CommandSpec;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.Trust;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The catalog's commands as Discord slash commands, usable in the guilds and in a DM with the bot; and who is asking:
 * an interaction as a {@link CommandRequest}, with the trust a configured guild vouches for.
 */
final class DiscordCommands {
    /** Options with this name take a job, and Discord suggests jobs while one types. */
    static final String JOB_OPTION = "job";

    private final CommandCatalog catalog;
    private final DiscordProperties properties;

    DiscordCommands(CommandCatalog catalog, DiscordProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    List<SlashCommandData> slashCommands() {
        return catalog.specs().stream().map(DiscordCommands::slash).toList();
    }

    /** Every option is text; Discord wants the required ones first, and names them, so the order is free. */
    static SlashCommandData slash(CommandSpec spec) {
        SlashCommandData command = Commands.slash(spec.name(), spec.description())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        spec.options().stream()
                .sorted(Comparator.comparing((CommandOption option) -> !option.required()))
                .forEach(option -> command.addOptions(new OptionData(
                        OptionType.STRING,
                        option.name(),
                        option.description(),
                        option.required(),
                        option.name().equals(JOB_OPTION))));
        return command;
    }

    /** A slash command, or one being typed (autocomplete): its name and the text of every option given. */
    <E extends Interaction & CommandInteractionPayload> CommandRequest request(E event) {
        Map<String, String> options = event.getOptions().stream()
                .collect(Collectors.toMap(OptionMapping::getName, OptionMapping::getAsString));
        return new CommandRequest(userOf(event), nameOf(event), trustOf(event), event.getName(), options);
    }

    /** A button's command, as if the person who pressed it had typed it; empty if no command has its name. */
    Optional<CommandRequest> parse(Interaction interaction, String typed) {
        return catalog.parse(userOf(interaction), nameOf(interaction), trustOf(interaction), typed);
    }

    ChatUserId userOf(Interaction interaction) {
        return new ChatUserId(ChatPlatform.DISCORD, interaction.getUser().getId());
    }

    private static String nameOf(Interaction interaction) {
        Member member = interaction.getMember();
        return member != null
                ? member.getEffectiveName()
                : interaction.getUser().getEffectiveName();
    }

    /**
     * A member of a configured guild, asking there, is a member, or an admin with the admin role. Anyone else,
     * and everyone in a DM (where Discord vouches for nothing), is a stranger unless linked.
     */
    Trust trustOf(Interaction interaction) {
        Guild guild = interaction.getGuild();
        Member member = interaction.getMember();
        if (guild == null || member == null || !properties.trustsGuild(guild.getIdLong())) {
            return Trust.STRANGER;
        }
        boolean admin =
                member.getRoles().stream().anyMatch(role -> properties.isAdminRole(role.getId(), role.getName()));
        return admin ? Trust.ADMIN : Trust.MEMBER;
    }
}
