package crashy.farm;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether the farm answered the last time it was asked, and if not, since when it has not and why. Before the first
 * answer the farm counts as not yet reached.
 */
public record FarmHealth(
        @Nullable Instant lastContact, @Nullable Instant unreachableSince, String problem) {
    public static final FarmHealth NOT_YET_REACHED = new FarmHealth(null, null, "");

    public boolean isReachable() {
        return lastContact != null && unreachableSince == null;
    }

    public Optional<Instant> downSince() {
        return Optional.ofNullable(unreachableSince);
    }

    /** This health after an answer at the given moment. */
    public FarmHealth reachedAt(Instant at) {
        return new FarmHealth(at, null, "");
    }

    FarmHealth failed(Instant at, String why) {
        return new FarmHealth(lastContact, unreachableSince == null ? at : unreachableSince, why);
    }
}
