package crashy.farm;

import crashy.job.Job;
import crashy.subscription.DeadlineUsers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Deadline's user names as the farm knows them: asked from the Web Service, and, while it does not answer, the users
 * of the jobs on the board.
 */
@Component
final class FarmDeadlineUsers implements DeadlineUsers {
    private final FarmClient farm;
    private final JobBoard board;

    FarmDeadlineUsers(FarmClient farm, JobBoard board) {
        this.farm = farm;
        this.board = board;
    }

    @Override
    public Optional<String> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Stream.concat(known().stream(), board.jobs().stream().map(Job::user))
                .filter(user -> user.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    private List<String> known() {
        try {
            return farm.userNames();
        } catch (FarmUnavailableException e) {
            return List.of();
        }
    }
}
