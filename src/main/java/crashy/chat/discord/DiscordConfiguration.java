package crashy.chat.discord;

import crashy.chat.ChatSwitch;
import crashy.command.CommandCatalog;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds Crashy's Discord side when {@code CRASHY_DISCORD_TOKEN} is set: the gateway, which owns the JDA client and
 * answers slash commands, buttons and autocomplete through the command catalog, and the sender of DMs, which the
 * outbox's deliveries pick up like any {@code ChatSender}.
 */
@Configuration(proxyBeanMethods = false)
@ChatSwitch(ChatPlatform.DISCORD)
@EnableConfigurationProperties(DiscordProperties.class)
class DiscordConfiguration {

    @Bean
    DiscordGateway discordGateway(DiscordProperties properties, CommandCatalog catalog, Pictures pictures) {
        DiscordInteractions interactions =
                new DiscordInteractions(catalog, new DiscordCommands(catalog, properties), pictures);
        return new DiscordGateway(properties, interactions, DiscordGateway.FIRST_RETRY);
    }

    @Bean
    DiscordChatSender discordChatSender(DiscordGateway gateway, Pictures pictures) {
        return new DiscordChatSender(gateway::jda, DiscordChatSender.TIMEOUT, pictures);
    }
}
