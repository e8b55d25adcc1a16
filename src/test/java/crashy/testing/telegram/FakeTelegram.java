package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the bot with the real telegrambots library.
 *
 * <p>Start one per test and point the library at it; the bot token is whatever the test chooses:
 *
 * <pre>{@code
 * FakeTelegram telegram = FakeTelegram.start("123:test-token");
 * TelegramUrl url = new TelegramUrl(telegram.schema(), telegram.host(), telegram.port(), false);
 * TelegramClient client = new OkHttpTelegramClient("123:test-token", url);
 * app.registerBot("123:test-token", () -> url, new DefaultGetUpdatesGenerator(), bot);
 *
 * telegram.pushTextMessage(42, "Alice", "/status");            // the user writes to the bot
 * telegram.awaitRequest("sendMessage");                        // blocks until the bot answered (5 s at most)
 * assertThat(telegram.chat(42).lastMessage().plainText()).contains("render");
 * assertThat(telegram.violations()).isEmpty();                 // every call matched the Bot API spec
 * telegram.close();
 * }</pre>
 *
 * <p>What it plays: {@code getMe}, {@code deleteWebhook}, {@code getUpdates} (a long poll capped at one second, so
 * pollers stop promptly), {@code setMyCommands}/{@code getMyCommands}, {@code sendMessage}, {@code sendPhoto} and
 * {@code sendDocument} (multipart uploads, {@code attach://} resolved), {@code editMessageText}/{@code Caption}/{@code
 * ReplyMarkup}, {@code deleteMessage} and {@code answerCallbackQuery}, with method names in any letter case. Each chat
 * keeps the bot's messages and their edits ({@link #chat(long)}). Every request is recorded ({@link #requests()},
 * {@link #awaitRequest}) and checked against {@code telegram/bot-api.json}: an unknown method, a missing or unknown
 * parameter or a wrongly typed value, and content Telegram refuses (bad HTML, text too long, ...) are answered 400
 * (404 for an unknown method) and listed in {@link #violations()}.
 *
 * <p>Like Telegram it refuses a wrong token (401), answers 400 "message is not modified" to an edit that changes
 * nothing, and enforces flood control ({@link RateLimits#telegram()} unless the builder says otherwise) with 429 and
 * {@code retry_after}. Tests can script more: {@link #failNext} (429, 500, 502, ...), {@link #blockedBy} (403),
 * {@link #loseAnswersTo} (carried out, answer lost) and {@link #holdNext} (in flight until released or cut off). Time
 * comes from the builder's {@link Clock}, so a test with a fixed clock gets deterministic flood control.
 */
public final class FakeTelegram implements AutoCloseable {
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final String token;
    private final Clock clock;
    private final BotApiServer server;
    private final RequestLog log = new RequestLog();
    private final Faults faults = new Faults();
    private final Chats chats = new Chats();
    private final CallbackQueries callbacks = new CallbackQueries();
    private final UpdateQueue updates;
    private final RateLimiter limiter;
    private final BotSetupMethods setup;
    private final MessageMethods messages;

    private FakeTelegram(Builder builder) {
        token = builder.token;
        clock = builder.clock;
        updates = new UpdateQueue(builder.longPoll);
        limiter = new RateLimiter(clock, builder.rateLimits);
        ObjectNode bot = BotApiObjects.botUser(botId(token));
        setup = new BotSetupMethods(bot);
        messages = new MessageMethods(chats, clock, bot);
        Dispatcher dispatcher = new Dispatcher(token, SpecHolder.SPEC, methods(), faults, limiter, log);
        server = new BotApiServer(dispatcher, log, clock);
    }

    /** A fake on real time with Telegram-like flood control. */
    public static FakeTelegram start(String token) {
        return builder(token).start();
    }

    public static Builder builder(String token) {
        return new Builder(token);
    }

    public String token() {
        return token;
    }

    /** The base URL, {@code http://127.0.0.1:<port>}; requests go to {@code <url>/bot<token>/<method>}. */
    public URI url() {
        return URI.create(schema() + "://" + host() + ":" + port());
    }

    /** The parts telegrambots' {@code TelegramUrl} wants: schema, host and port. */
    public String schema() {
        return "http";
    }

    public String host() {
        return server.address().getAddress().getHostAddress();
    }

    public int port() {
        return server.address().getPort();
    }

    /** User {@code userId} writes {@code text} in their private chat with the bot; returns the update's id. */
    public int pushTextMessage(long userId, String firstName, String text) {
        chats.rememberUser(userId, firstName);
        ObjectNode message = BotApiObjects.userMessage(chats.nextMessageId(userId), now(), userId, firstName, text);
        return pushUpdate(BotApiObjects.messageUpdate(message));
    }

    /** User {@code userId} opens a {@code t.me/<bot>?start=<payload>} link, which sends {@code /start <payload>}. */
    public int pushStart(long userId, String payload) {
        String text = payload.isEmpty() ? "/start" : "/start " + payload;
        return pushTextMessage(userId, chats.firstName(userId), text);
    }

    /** User {@code userId} presses a button carrying {@code data} under message {@code messageId} of their chat. */
    public String pushCallbackQuery(long userId, int messageId, String data) {
        ObjectNode message = chats.current(userId, messageId)
                .map(shown -> messages.json(shown, false))
                .orElseGet(() -> inaccessible(userId, messageId));
        String queryId = callbacks.open();
        ObjectNode from = BotApiObjects.user(userId, chats.firstName(userId));
        pushUpdate(BotApiObjects.callbackQueryUpdate(queryId, from, message, data));
        return queryId;
    }

    /** Queues any update (built with {@link BotApiObjects}, say) under the next {@code update_id}, which it returns. */
    public int pushUpdate(ObjectNode updateWithoutId) {
        return updates.push(updateWithoutId);
    }

    /** What the chat shows now: the bot's messages and their versions. */
    public TelegramChat chat(long chatId) {
        return chats.snapshot(chatId);
    }

    /** Waits until the chat shows what the condition expects, and returns it; fails the test on timeout. */
    public TelegramChat awaitChat(long chatId, Predicate<TelegramChat> condition, Duration timeout) {
        return log.await(
                () -> Optional.of(chat(chatId)).filter(condition),
                timeout,
                () -> "chat " + chatId + " shows " + chat(chatId).messages());
    }

    /** The command menu last published with {@code setMyCommands} for all chats. */
    public List<MenuCommand> commands() {
        return setup.commands();
    }

    public Optional<CallbackAnswer> callbackAnswer(String callbackQueryId) {
        return callbacks.answerTo(callbackQueryId);
    }

    /** Every request answered so far, in order, {@code getUpdates} polls included. */
    public List<RecordedRequest> requests() {
        return log.requests();
    }

    public List<RecordedRequest> requests(String method) {
        return requests().stream().filter(request -> request.isMethod(method)).toList();
    }

    /** The first request, past or future, that matches; fails the test when none comes within the timeout. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> condition, Duration timeout) {
        return log.awaitRequest(condition, timeout);
    }

    /** The first call of this method (any letter case), waiting up to five seconds for it. */
    public RecordedRequest awaitRequest(String method) {
        return awaitRequest(request -> request.isMethod(method), DEFAULT_WAIT);
    }

    /** The calls Telegram would have refused as malformed; a test of a correct bot expects none. */
    public List<Violation> violations() {
        return log.violations();
    }

    /** How many calls were answered 429, by flood control or by {@link #failNext}. */
    public int tooManyRequestsAnswered() {
        return server.tooManyRequestsAnswered();
    }

    /** Answers the next {@code times} valid calls of {@code method} with {@code error} instead of carrying them out. */
    public void failNext(String method, int times, ApiError error) {
        faults.failNext(method, times, error);
    }

    /**
     * Carries out the next {@code times} valid calls of {@code method}, then drops the connection instead of answering,
     * as when the network fails after Telegram took a message.
     */
    public void loseAnswersTo(String method, int times) {
        faults.loseAnswers(method, times);
    }

    /**
     * Holds the next valid call of {@code method} whose parameters match, before it is carried out, until the test
     * releases it or cuts it off: a call in flight while the bot stops, say.
     */
    public HeldCall holdNext(String method, Predicate<ObjectNode> parameters) {
        return faults.holdNext(method, parameters);
    }

    /** Drops the failures and lost answers scripted but not used up yet: Telegram is well again. */
    public void stopFailing() {
        faults.stopFailing();
    }

    /** From now on, calls for the chat with this user answer 403 "Forbidden: bot was blocked by the user". */
    public void blockedBy(long userId) {
        faults.block(userId);
    }

    public void unblockedBy(long userId) {
        faults.unblock(userId);
    }

    /** Replaces the flood control limits, starting with full buckets. */
    public void rateLimits(RateLimits limits) {
        limiter.change(limits);
    }

    /** Stops the server; waiting {@code getUpdates} calls are answered first, so pollers end cleanly. */
    @Override
    public void close() {
        faults.cutOffHeld();
        updates.close();
        server.close();
    }

    private Map<String, Function<Parameters, Answer>> methods() {
        return Map.ofEntries(
                Map.entry("getMe", setup::getMe),
                Map.entry("deleteWebhook", setup::deleteWebhook),
                Map.entry("setMyCommands", setup::setMyCommands),
                Map.entry("getMyCommands", setup::getMyCommands),
                Map.entry("getUpdates", this::getUpdates),
                Map.entry("sendMessage", messages::sendMessage),
                Map.entry("sendPhoto", messages::sendPhoto),
                Map.entry("sendDocument", messages::sendDocument),
                Map.entry("editMessageText", messages::editMessageText),
                Map.entry("editMessageCaption", messages::editMessageCaption),
                Map.entry("editMessageReplyMarkup", messages::editMessageReplyMarkup),
                Map.entry("deleteMessage", messages::deleteMessage),
                Map.entry("answerCallbackQuery", callbacks::answerCallbackQuery));
    }

    private Answer getUpdates(Parameters call) {
        long offset = call.number("offset").orElse(0L);
        int limit = call.number("limit").orElse(100L).intValue();
        Duration timeout = Duration.ofSeconds(call.number("timeout").orElse(0L));
        return Answer.ok(updates.take(offset, limit, timeout));
    }

    /** What a callback query carries for a message the bot cannot see any more: date 0 says so. */
    private ObjectNode inaccessible(long chatId, int messageId) {
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.set("chat", BotApiObjects.chat(chatId, chats.firstName(chatId)));
        message.put("message_id", messageId).put("date", 0);
        return message;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    /** A token is {@code <bot id>:<secret>}; the fake's bot takes its id from there, like the real one. */
    private static long botId(String token) {
        String id = token.substring(0, Math.max(0, token.indexOf(':')));
        return id.matches("\\d{1,15}") ? Long.parseLong(id) : 1_000_000L;
    }

    /** The spec is parsed once per test run: it is 650 kB of JSON. */
    private static final class SpecHolder {
        static final BotApiSpec SPEC = BotApiSpec.load();
    }

    /** Settings for a {@link FakeTelegram}; by default real time, Telegram-like limits and a one-second long poll. */
    public static final class Builder {
        private final String token;
        private Clock clock = Clock.systemUTC();
        private RateLimits rateLimits = RateLimits.telegram();
        private Duration longPoll = Duration.ofSeconds(1);

        private Builder(String token) {
            this.token = token;
        }

        /** Dates and flood control follow this clock; a fixed or hand-moved one makes limits deterministic. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = rateLimits;
            return this;
        }

        /** The longest a {@code getUpdates} call waits for an update before answering an empty list. */
        public Builder longPoll(Duration longPoll) {
            this.longPoll = longPoll;
            return this;
        }

        public FakeTelegram start() {
            return new FakeTelegram(this);
        }
    }
}
