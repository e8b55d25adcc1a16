package crashy.testing.discord;

import java.util.Objects;

/** A Discord user of the fake world: the bot itself or a person who talks to it. */
public record FakeUser(String id, String username, boolean bot) {
    public FakeUser {
        Objects.requireNonNull(id);
        Objects.requireNonNull(username);
    }

    public static FakeUser person(String id, String username) {
        return new FakeUser(id, username, false);
    }

    /** How a message pings this user. */
    public String mention() {
        return "<@" + id + ">";
    }
}
