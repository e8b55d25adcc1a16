package crashy.chat.telegram;

import crashy.command.CommandCatalog;
import crashy.message.ChatMessage;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUser;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionException;
import crashy.subscription.SubscriptionService;
import crashy.subscription.Trust;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers what one Telegram user typed or pressed in their private chat with the bot: {@code /start CODE} redeems a
 * link code, any other {@code /command} and every button press runs through the {@link CommandCatalog} (the farm's
 * allowlist makes a member, the catalog refuses strangers), and the reply comes back as an HTML message. A failure
 * becomes a short apology and one logged error. Groups and channels are ignored: farm data stays in private chats.
 */
final class TelegramUpdateHandler {
    static final String APOLOGY = "Sorry, that went wrong on my side. Try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);
    private static final Pattern START = Pattern.compile("/start(?:@\\w+)?(?:\\s+(\\S+))?\\s*", Pattern.DOTALL);

    private final CommandCatalog catalog;
    private final SubscriptionService subscriptions;
    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramChatSender sender;

    TelegramUpdateHandler(
            CommandCatalog catalog,
            SubscriptionService subscriptions,
            TelegramProperties properties,
            TelegramClient client,
            TelegramChatSender sender) {
        this.catalog = catalog;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.client = client;
        this.sender = sender;
    }

    void handle(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            acknowledge(query);
            if (query.getData() != null && isPrivate(query)) {
                answer(query.getFrom(), query.getData());
            }
        } else if (update.hasMessage() && update.getMessage().hasText() && isPrivate(update.getMessage())) {
            answer(update.getMessage().getFrom(), update.getMessage().getText());
        }
    }

    private void answer(User from, String text) {
        ChatUserId user = idOf(from);
        ChatMessage reply;
        try {
            reply = replyTo(from, text.strip());
        } catch (RuntimeException e) {
            log.error("Answering a Telegram message failed user={}", user, e);
            reply = ChatMessage.text(APOLOGY);
        }
        Delivery delivery = sender.send(user, reply, "reply", Mode.NEW);
        if (!(delivery instanceof Delivery.Sent)) {
            log.warn("Could not answer user={} on Telegram: {}", user, delivery);
        }
    }

    private ChatMessage replyTo(User from, String text) {
        Matcher start = START.matcher(text);
        if (start.matches()) {
            return start.group(1) == null ? hello(from) : redeem(from, start.group(1));
        }
        return catalog.parse(idOf(from), nameOf(from), properties.trustOf(from.getId()), text)
                .map(request -> catalog.handle(request).message())
                .orElseGet(() -> ChatMessage.text(
                        text.startsWith("/")
                                ? "I don't know that command. Send /help for the list."
                                : "Send /help to see what I can do."));
    }

    private ChatMessage hello(User from) {
        ChatUser user = subscriptions.user(idOf(from), nameOf(from));
        String how = user.linkedTo()
                .map(deadline -> "You are linked to the Deadline user " + deadline + ".")
                .orElse(
                        properties.trustOf(from.getId()).atLeast(Trust.MEMBER)
                                ? "Link your Deadline user name with /link <name>."
                                : "To link this account, send /link telegram to Crashy in the school Discord and open the"
                                        + " link it gives you.");
        return ChatMessage.text("👋 Hi! I watch the render farm and DM you when your renders finish, fail or start"
                + " erroring. " + how + " Send /help for the commands.");
    }

    private ChatMessage redeem(User from, String code) {
        try {
            ChatUser linked = subscriptions.redeem(subscriptions.user(idOf(from), nameOf(from)), code);
            return ChatMessage.text("🔗 This Telegram account is now linked to the Deadline user "
                    + linked.deadlineUser() + ". Your renders will DM you here when they finish, fail or start"
                    + " erroring.");
        } catch (SubscriptionException e) {
            return ChatMessage.text(e.getMessage());
        }
    }

    /** Stops the spinner on the pressed button at once; the command's reply follows as a message. */
    private void acknowledge(CallbackQuery query) {
        try {
            client.execute(new AnswerCallbackQuery(query.getId()));
        } catch (TelegramApiException e) {
            log.warn(
                    "Could not answer a button press user={}: {}", idOf(query.getFrom()), TelegramFailures.describe(e));
        }
    }

    private static boolean isPrivate(Message message) {
        return Boolean.TRUE.equals(message.getChat().isUserChat()) && message.getFrom() != null;
    }

    private static boolean isPrivate(CallbackQuery query) {
        return query.getMessage() != null
                && query.getFrom().getId().equals(query.getMessage().getChatId());
    }

    private static ChatUserId idOf(User user) {
        return new ChatUserId(ChatPlatform.TELEGRAM, user.getId().toString());
    }

    private static String nameOf(User user) {
        return user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    }
}
