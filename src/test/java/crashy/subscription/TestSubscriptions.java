package crashy.subscription;

import crashy.testing.TestDatabase;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;

/** A subscription service over a fresh database, with a fixed list of Deadline users. */
public final class TestSubscriptions {
    private TestSubscriptions() {}

    public static SubscriptionService create(Clock clock, String... deadlineUsers) {
        return create(TestDatabase.fresh(), clock, deadlineUsers);
    }

    public static SubscriptionService create(DataSource database, Clock clock, String... deadlineUsers) {
        DeadlineUsers users = name -> Arrays.stream(deadlineUsers)
                .filter(user -> user.equalsIgnoreCase(name))
                .findFirst()
                .or(Optional::empty);
        return new SubscriptionService(new JdbcSubscriptionStore(database), users, clock);
    }

    public static ChatUserId discord(String id) {
        return new ChatUserId(ChatPlatform.DISCORD, id);
    }

    public static ChatUserId telegram(String id) {
        return new ChatUserId(ChatPlatform.TELEGRAM, id);
    }
}
