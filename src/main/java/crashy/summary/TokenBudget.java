package crashy.summary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many language-model tokens Crashy may spend per day ({@code CRASHY_OPENAI_DAILY_TOKENS}; 0 turns summaries
 * off). A call reserves what it may cost before it is made and settles with what it really cost; once the day's tokens
 * are spent no call is allowed until the clock's next midnight, and one WARN line says so.
 */
public final class TokenBudget {
    private static final Logger log = LoggerFactory.getLogger(TokenBudget.class);

    private final long dailyTokens;
    private final Clock clock;
    private LocalDate day;
    private long spent;
    private boolean saidSo;

    public TokenBudget(long dailyTokens, Clock clock) {
        if (dailyTokens < 0) {
            throw new IllegalArgumentException("the daily token budget cannot be negative");
        }
        this.dailyTokens = dailyTokens;
        this.clock = clock;
        this.day = LocalDate.now(clock);
    }

    /** Sets aside {@code tokens} if today's budget still holds them; false (and said once a day) if not. */
    public synchronized boolean tryReserve(int tokens) {
        rollOver();
        if (spent + tokens > dailyTokens) {
            if (!saidSo) {
                saidSo = true;
                log.warn(
                        "Daily language-model budget spent ({} of {} tokens): no AI crash summaries until {}",
                        spent,
                        dailyTokens,
                        nextDay());
            }
            return false;
        }
        spent += tokens;
        return true;
    }

    /** Replaces a reservation made today by what the call really cost. */
    public synchronized void settle(int reserved, int used) {
        rollOver();
        spent = Math.max(0, spent - reserved + used);
    }

    /** Counts tokens spent today before this budget existed, such as before a restart. */
    public synchronized void spentEarlier(long tokens) {
        rollOver();
        spent += Math.max(0, tokens);
    }

    public synchronized long remainingToday() {
        rollOver();
        return Math.max(0, dailyTokens - spent);
    }

    /** When today began on the budget's clock. */
    public Instant startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }

    /** One line for a status reply, e.g. {@code 1200 of 50000 AI summary tokens used today}. */
    public synchronized String status() {
        rollOver();
        return spent + " of " + dailyTokens + " AI summary tokens used today"
                + (spent >= dailyTokens ? "; no more until " + nextDay() : "");
    }

    private Instant nextDay() {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private void rollOver() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            spent = 0;
            saidSo = false;
        }
    }
}
