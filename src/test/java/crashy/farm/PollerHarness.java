package crashy.farm;

import crashy.job.JobEventKind;
import crashy.testing.MutableClock;
import crashy.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** A poller wired as in production around a scripted farm and a real database, ticked by hand. */
final class PollerHarness {
    final FarmClient farm;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T20:00:00Z"));
    final DataSource database;
    final List<RecordedJobEvent> published = new CopyOnWriteArrayList<>();
    JobBoard board;
    JdbcJobStore store;
    FarmPoller poller;

    PollerHarness(FarmClient farm) {
        this(farm, TestDatabase.fresh());
    }

    private PollerHarness(FarmClient farm, DataSource database) {
        this.farm = farm;
        this.database = database;
        start();
    }

    /** A new process over the same farm and database, as after a restart. */
    PollerHarness restart() {
        PollerHarness restarted = new PollerHarness(farm, database);
        restarted.clock.advance(Duration.between(restarted.clock.instant(), clock.instant()));
        return restarted;
    }

    private void start() {
        board = new JobBoard();
        store = new JdbcJobStore(database);
        EventDispatcher dispatcher = new EventDispatcher(store, event -> published.add((RecordedJobEvent) event));
        JobTracker tracker = new JobTracker(board, store, dispatcher, clock, PollProperties.defaults());
        poller = new FarmPoller(farm, board, tracker, PollProperties.defaults(), clock);
        tracker.load();
    }

    Duration activeTick() {
        clock.advance(Duration.ofSeconds(3));
        return poller.runTick(poller.tiers().get(0));
    }

    Duration recentTick() {
        clock.advance(Duration.ofSeconds(1));
        return poller.runTick(poller.tiers().get(1));
    }

    Duration historyTick() {
        clock.advance(Duration.ofSeconds(1));
        return poller.runTick(poller.tiers().get(2));
    }

    /** The kinds of the events published so far, then forgets them. */
    List<JobEventKind> takeKinds() {
        List<JobEventKind> kinds =
                published.stream().map(recorded -> recorded.event().kind()).toList();
        published.clear();
        return kinds;
    }
}
