package crashy.chat.discord;

/**
 * Discord refused the bot token at login. It carries no cause, so that the startup report's root cause is this one
 * line naming the setting to fix.
 */
final class DiscordTokenRefusedException extends RuntimeException {
    static final String EXPLANATION = "CRASHY_DISCORD_TOKEN was refused by Discord (401 Unauthorized): set it to the"
            + " token of the bot (Discord Developer Portal > Applications > your app > Bot > Reset Token)";

    DiscordTokenRefusedException() {
        super(EXPLANATION);
    }
}
