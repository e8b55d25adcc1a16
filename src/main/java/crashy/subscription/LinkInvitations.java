package crashy.subscription;

import java.util.Optional;

/** Turns a one-time link code into a link a phone opens, where a chat platform offers one (Telegram deep links). */
public interface LinkInvitations {
    Optional<String> deepLink(String code);
}
