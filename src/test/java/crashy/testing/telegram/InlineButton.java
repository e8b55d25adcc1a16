package crashy.testing.telegram;

/** A button of an inline keyboard under a message; {@code callbackData} and {@code url} are empty when absent. */
public record InlineButton(String text, String callbackData, String url) {}
