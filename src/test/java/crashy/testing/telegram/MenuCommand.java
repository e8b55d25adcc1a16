package crashy.testing.telegram;

/** One command of the menu the bot published with {@code setMyCommands}. */
public record MenuCommand(String command, String description) {}
