package crashy.subscription;

import java.util.Optional;

/** The Deadline user names that exist, so nobody links to a name that will never render anything. */
public interface DeadlineUsers {
    /** The name as Deadline spells it, if a user of that name (ignoring case) exists. */
    Optional<String> find(String name);
}
