package crashy.subscription;

/**
 * What the platform vouches for about a caller: nothing (a stranger), membership (in a configured Discord guild, or
 * on the Telegram allowlist), or the admin role of a configured guild.
 */
public enum Trust {
    STRANGER,
    MEMBER,
    ADMIN;

    public boolean atLeast(Trust other) {
        return compareTo(other) >= 0;
    }
}
