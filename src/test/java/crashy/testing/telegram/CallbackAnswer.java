package crashy.testing.telegram;

/** How the bot answered a callback query: the toast ({@code text}, empty if none) or, if {@code showAlert}, an alert. */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert) {}
