package crashy.chat.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import crashy.chat.ChatSwitch;
import crashy.command.CommandCatalog;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Builds Crashy's Telegram side when {@code CRASHY_TELEGRAM_TOKEN} is set: the Bot API client, pointed at
 * {@code CRASHY_TELEGRAM_API_URL}; the bot's account, checked before anything else starts; the paced sender of DMs;
 * and the gateway that polls for what users type and press.
 */
@Configuration(proxyBeanMethods = false)
@ChatSwitch(ChatPlatform.TELEGRAM)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Far longer than Telegram takes to answer a call: giving up on an answer is how a DM can arrive twice (the Bot API
     * has no idempotency key), so the sender waits for the answer rather than guess.
     */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                // OkHttp would silently send a DM again when a reused connection drops after Telegram took it; the
                // outbox decides about retries instead, knowing the message may have gone through.
                .retryOnConnectionFailure(false)
                .build();
        return new OkHttpTelegramClient(new ObjectMapper(), http, properties.requiredToken(), properties.telegramUrl());
    }

    @Bean
    TelegramBotAccount telegramBotAccount(TelegramClient client) {
        TelegramBotAccount account = new TelegramBotAccount(client);
        account.check();
        return account;
    }

    @Bean
    TelegramPacer telegramPacer(Clock clock) {
        return new TelegramPacer(clock);
    }

    @Bean
    TelegramChatSender telegramChatSender(TelegramClient client, TelegramPacer pacer, Clock clock, Pictures pictures) {
        return new TelegramChatSender(client, pacer, clock, pictures);
    }

    @Bean
    TelegramGateway telegramGateway(
            TelegramProperties properties,
            TelegramClient client,
            CommandCatalog catalog,
            SubscriptionService subscriptions,
            TelegramChatSender sender) {
        TelegramUpdateHandler handler = new TelegramUpdateHandler(catalog, subscriptions, properties, client, sender);
        return new TelegramGateway(properties, client, catalog, handler);
    }
}
