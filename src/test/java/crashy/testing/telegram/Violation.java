package crashy.testing.telegram;

/** A request Telegram would have refused as malformed: {@code problem} says what was wrong with the call to {@code method}. */
public record Violation(String method, String problem) {
    @Override
    public String toString() {
        return method + ": " + problem;
    }
}
