/**
 * A loopback fake of Discord for tests that run the real JDA: {@link crashy.testing.discord.FakeDiscord} serves the
 * REST API and the gateway on 127.0.0.1, keeps the messages a bot sent, enforces Discord-like rate limits and can
 * be told to fail. Start reading at {@code FakeDiscord}; {@code FakeDiscordJda} builds a JDA pointed at it.
 */
@NullMarked
package crashy.testing.discord;

import org.jspecify.annotations.NullMarked;
