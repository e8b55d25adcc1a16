package crashy.summary;

/**
 * A cheap estimate of how many tokens a language model counts in a text: one per four characters, rounded up. Close
 * enough for English and log lines; budgets built on it keep a margin.
 */
public final class Tokens {
    private Tokens() {}

    public static int estimate(CharSequence text) {
        return (text.length() + 3) / 4;
    }
}
