package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A fake Discord on 127.0.0.1 for tests that drive the real JDA: Discord's REST API v10 on a JDK HTTP server and
 * its gateway on a WebSocket, both on free ports (recipe: docs/chat-fakes.md §1, §3.1 and §4.2).
 *
 * <p>Use it like this, with a {@link JdaLogGuard} registered as the JUnit extension {@code jdaLog} so that any JDA
 * warning (a fixture it could not parse) fails the test:
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     // or JDABuilder.createDefault(token, ...) through FakeDiscordJda.pointAt(builder, discord)
 *     JDA jda = FakeDiscordJda.awaitReady(FakeDiscordJda.light(discord).addEventListeners(bot), jdaLog);
 *     InteractionTicket status = discord.slashCommand(discord.person("alice"), "status");
 *     assertThat(discord.awaitCallback(status, Duration.ofSeconds(5)).json().path("type").asInt()).isEqualTo(5);
 *     assertThat(discord.awaitDirectMessage(discord.person("alice"), dm -> dm.content().contains("42"), WAIT)) ...;
 *     FakeDiscordJda.shutdown(jda);   // JDA first, so it is not cut off mid-request
 * }
 * }</pre>
 *
 * <p>Production wiring should take the REST base URL and gateway URL from settings (docs/chat-fakes.md §4.4), so an
 * end-to-end test hands it {@link #restBaseUrl()} and {@link #gatewayUrl()} and keeps everything else as it runs.
 *
 * <p>The world is fixed ({@link DiscordWorld}): the bot, one guild with a text channel, three people in it and one outside. The fake
 * remembers every REST call ({@link #calls()}, {@link #awaitCall}), every message the bot sent with each of its
 * edits ({@link #directMessagesTo}, {@link #history}), and the commands it registered. Dispatch helpers
 * ({@link #slashCommand}, {@link #autocomplete}, {@link #buttonClick}) return an {@link InteractionTicket} that finds
 * the bot's answer. It enforces Discord-like rate limits ({@link RateLimits}, 429s with {@code Retry-After}, {@code
 * Via} and {@code retry_after} as JDA expects) and fails on request ({@link #rateLimitNext}, {@link #failNext},
 * {@link #refuseDirectMessages}, {@link #requestReconnect}, {@link #dropConnection}). Nothing here sleeps: waits
 * block on the fake's own logs until something arrives or the timeout passes. New messages honour {@code
 * enforce_nonce} as Discord does ({@link Nonces}), and {@link #holdAnswer} keeps an answer back to play a crash
 * between Discord doing the work and the bot hearing of it.
 */
public final class FakeDiscord implements AutoCloseable {
    private final DiscordState state;
    private final DiscordRateLimiter limiter;
    private final ScriptedFaults faults = new ScriptedFaults();
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final InteractionPayloads interactions;

    private FakeDiscord(Builder settings) throws IOException {
        state = DiscordState.fresh(settings.clock, settings.artists);
        limiter = new DiscordRateLimiter(settings.clock, settings.rateLimits);
        rest = new FakeRest(state, limiter, faults, settings.token);
        gateway = new FakeGateway(state, (int) settings.heartbeatInterval.toMillis(), settings.token);
        gateway.startAndWait();
        interactions = new InteractionPayloads(state);
    }

    /** A fake with Discord-like rate limits on the system clock, accepting any bot token. */
    public static FakeDiscord start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for a fake; {@link #start()} starts it. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private RateLimits rateLimits = RateLimits.discordLike();
        private String token = "";
        private Duration heartbeatInterval = Duration.ofMillis(41_250);
        private int artists;

        private Builder() {}

        /** Adds this many people outside the guild whom the bot can DM ({@link DiscordWorld#artists()}). */
        public Builder artists(int count) {
            this.artists = count;
            return this;
        }

        /** The time source of the rate limiter and of message timestamps; a stepped clock makes limits exact. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = rateLimits;
            return this;
        }

        /** Accepts only this bot token (REST {@code Authorization: Bot <token>} and IDENTIFY); any by default. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder heartbeatInterval(Duration interval) {
            this.heartbeatInterval = interval;
            return this;
        }

        public FakeDiscord start() {
            try {
                return new FakeDiscord(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the fake Discord", e);
            }
        }
    }

    /** {@code http://127.0.0.1:<port>/api/v10/}, for JDA's {@code RestConfig#setBaseUrl}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** {@code ws://127.0.0.1:<port>/}, for a {@code SessionController} whose {@code getGateway()} returns it. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public DiscordWorld world() {
        return state.world();
    }

    public FakeUser bot() {
        return state.world().bot();
    }

    public FakeUser person(String username) {
        return state.world().person(username);
    }

    // Gateway

    /** A slash command used in the guild's text channel. */
    public InteractionTicket slashCommand(FakeUser user, String name, SlashOption... options) {
        return send(interactions.slashCommand(user, name, List.of(options), true));
    }

    /** A slash command used in the person's DM with the bot. */
    public InteractionTicket directMessageSlashCommand(FakeUser user, String name, SlashOption... options) {
        return send(interactions.slashCommand(user, name, List.of(options), false));
    }

    /** A person typing into a string option of a slash command in the guild (INTERACTION_CREATE type 4). */
    public InteractionTicket autocomplete(FakeUser user, String command, String option, String partialValue) {
        return send(interactions.autocomplete(user, command, option, partialValue));
    }

    /** A click on a button of a message the bot sent (INTERACTION_CREATE type 3), in the message's channel. */
    public InteractionTicket buttonClick(FakeUser user, String messageId, String customId) {
        return send(interactions.buttonClick(user, messageId, customId));
    }

    /** Gives the person the guild's "admin" role; a bot with the GUILD_MEMBERS intent also gets the member update. */
    public void grantAdmin(FakeUser user) {
        state.world().grantAdmin(user);
        if (gateway.receivesMemberUpdates()) {
            gateway.dispatch("GUILD_MEMBER_UPDATE", state.world().guildMemberUpdate(user));
        }
    }

    /** Sends any dispatch event in the bot's session. */
    public void dispatch(String type, JsonNode data) {
        gateway.dispatch(type, data.deepCopy());
    }

    /** Op 7 RECONNECT: the bot should reconnect to {@code resume_gateway_url} and RESUME. */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /** Closes the bot's connection abruptly, without op 7 or a close frame. */
    public void dropConnection() {
        gateway.dropConnection();
    }

    /** Waits until the fake has answered {@code count} RESUMEs in total with RESUMED. */
    public void awaitResumes(int count, Duration timeout) {
        gateway.sent().awaitCount(frame -> frame.path("t").asText().equals("RESUMED"), count, timeout);
    }

    /** The path and query of each gateway connection the bot opened, e.g. {@code /?encoding=json&v=10}. */
    public List<String> gatewayConnections() {
        return gateway.handshakes().all();
    }

    /** Every frame the bot sent on the gateway (IDENTIFY, heartbeats, RESUME, ...). */
    public List<JsonNode> gatewayFramesFromBot() {
        return gateway.received().all();
    }

    public JsonNode awaitGatewayFrameFromBot(Predicate<JsonNode> matching, Duration timeout) {
        return gateway.received().await(matching, timeout);
    }

    // REST calls

    public List<RecordedCall> calls() {
        return rest.calls().all();
    }

    public RecordedCall awaitCall(Predicate<RecordedCall> matching, Duration timeout) {
        return rest.calls().await(matching, timeout);
    }

    /** A call of this method on a path matching the pattern, e.g. {@code "POST", "channels/{id}/messages"}. */
    public RecordedCall awaitCall(String method, String pathPattern, Duration timeout) {
        return awaitCall(call -> call.is(method, pathPattern), timeout);
    }

    public List<RecordedCall> awaitCalls(Predicate<RecordedCall> matching, int count, Duration timeout) {
        return rest.calls().awaitCount(matching, count, timeout);
    }

    /** Calls that matched no route of the fake (answered 404): a test that wants none asserts this is empty. */
    public List<RecordedCall> callsToUnknownRoutes() {
        return rest.unknownRouteCalls();
    }

    /** The bot's callback for this interaction (its first one: Discord refuses a second with 40060). */
    public RecordedCall awaitCallback(InteractionTicket interaction, Duration timeout) {
        return awaitCall(
                call -> call.method().equals("POST") && call.path().equals(interaction.callbackPath()), timeout);
    }

    /** The global commands as the bot last registered them, with the ids Discord gave them. */
    public List<JsonNode> registeredCommands() {
        return state.commands().all();
    }

    // Messages

    /** The messages in a channel as the bot last left them, oldest first (deleted ones left out). */
    public List<StoredMessage> messagesIn(String channelId) {
        return state.messages().inChannel(channelId);
    }

    public Optional<StoredMessage> message(String id) {
        return state.messages().find(id);
    }

    /** Every version of a message: as created, then after each edit. */
    public List<StoredMessage> history(String id) {
        return state.messages().history(id);
    }

    public Optional<String> directMessageChannelOf(FakeUser user) {
        return state.directMessages().channelOf(user);
    }

    /** The bot's messages in its DM with this person, as last edited, oldest first. */
    public List<StoredMessage> directMessagesTo(FakeUser user) {
        return directMessageChannelOf(user).map(this::messagesIn).orElse(List.of());
    }

    /** Waits until the bot's DMs to the person include one that matches, and returns its latest version. */
    public StoredMessage awaitDirectMessage(FakeUser user, Predicate<StoredMessage> matching, Duration timeout) {
        return rest.calls()
                .awaitValue(
                        () -> directMessagesTo(user).stream().filter(matching).findFirst(),
                        timeout,
                        "a DM to " + user.username() + " that matches");
    }

    /** The interaction's {@code @original} answer (a reply, a deferred reply, or the message a component is on). */
    public Optional<StoredMessage> originalResponse(InteractionTicket interaction) {
        return state.interactions().originalMessageId(interaction.id()).flatMap(state.messages()::find);
    }

    /** The follow-up messages the bot sent through the interaction's webhook, oldest first. */
    public List<StoredMessage> followUps(InteractionTicket interaction) {
        Optional<String> original = state.interactions().originalMessageId(interaction.id());
        return messagesIn(interaction.channelId()).stream()
                .filter(message -> message.interactionId().equals(interaction.id()))
                .filter(message -> original.map(id -> !id.equals(message.id())).orElse(true))
                .toList();
    }

    /**
     * Every message version, in every channel, whose text could ping someone: it has content, and its payload's
     * {@code allowed_mentions} did not rule every mention out. A bot that must never ping wants this empty.
     */
    public List<StoredMessage> messagesThatMayPing() {
        return state.messages().allVersions().stream()
                .filter(message -> !message.content().isEmpty())
                .filter(message -> !message.allowedMentions().pingsNobody())
                .toList();
    }

    // Faults and limits

    /** The person's privacy settings refuse DMs: sends to their DM get 403 with code 50007. */
    public void refuseDirectMessages(FakeUser user) {
        state.directMessages().refuse(user, true);
    }

    public void acceptDirectMessages(FakeUser user) {
        state.directMessages().refuse(user, false);
    }

    /**
     * Carries out the next call that matches as usual, but holds its answer back until {@link HeldAnswer#release()}
     * (or until the fake closes): Discord did the work, the bot has not heard yet, as when a process dies mid-request.
     */
    public HeldAnswer holdAnswer(Predicate<RecordedCall> matching) {
        return rest.holdAnswer(matching);
    }

    /** Answers the next {@code count} calls of {@code method pathPattern} with 429 and this {@code Retry-After}. */
    public void rateLimitNext(int count, String method, String pathPattern, int retryAfterSeconds) {
        faults.add(method, pathPattern, 429, retryAfterSeconds, count);
    }

    /** Answers the next {@code count} calls of {@code method pathPattern} with this server error (500, 502, ...). */
    public void failNext(int count, String method, String pathPattern, int status) {
        if (status < 500) {
            throw new IllegalArgumentException("A server error is 5xx: " + status);
        }
        faults.add(method, pathPattern, status, 0, count);
    }

    public void setRateLimits(RateLimits limits) {
        limiter.setLimits(limits);
    }

    /** Every 429 the fake answered: enforced limits and scripted ones. */
    public int tooManyRequestsCount() {
        return rest.tooManyRequests();
    }

    /** Every 401, 403 and 429, which Discord counts towards a temporary IP ban (10,000 per 10 minutes). */
    public int invalidRequestCount() {
        return rest.invalidRequests();
    }

    /** The limiter's windows for the bucket a call of this method and path falls into, oldest first. */
    public List<BucketWindow> bucketWindows(String method, String path) {
        return rest.windows(method, path);
    }

    public List<BucketWindow> globalWindows() {
        return limiter.globalWindows();
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InteractionTicket send(InteractionPayloads.Prepared prepared) {
        gateway.dispatch("INTERACTION_CREATE", prepared.payload());
        return prepared.ticket();
    }
}
