package crashy.subscription;

/** Where a chat user lives. */
public enum ChatPlatform {
    DISCORD,
    TELEGRAM,
    TERMINAL
}
