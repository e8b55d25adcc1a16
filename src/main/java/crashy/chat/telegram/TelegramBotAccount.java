package crashy.chat.telegram;

import crashy.subscription.LinkInvitations;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot as Telegram knows it. Asked at startup ({@code getMe}): a refused token stops Crashy with one line, while
 * a Telegram that does not answer yet only delays learning the bot's username, which {@code t.me} links need.
 */
final class TelegramBotAccount implements LinkInvitations {
    private static final Logger log = LoggerFactory.getLogger(TelegramBotAccount.class);

    private final TelegramClient client;
    private volatile @Nullable String username;

    TelegramBotAccount(TelegramClient client) {
        this.client = client;
    }

    /** Asks Telegram who the bot is; throws {@link TelegramTokenRefusedException} when it refuses the token. */
    void check() {
        try {
            username = client.execute(new GetMe()).getUserName();
            log.info("Telegram is on: the bot is @{}", username);
        } catch (TelegramApiRequestException e) {
            int status = e.getErrorCode() == null ? 0 : e.getErrorCode();
            if (status == 401 || status == 404) {
                throw new TelegramTokenRefusedException(status, status == 401 ? "Unauthorized" : "Not Found");
            }
            log.warn("Telegram answered getMe with {}; starting anyway", status);
        } catch (TelegramApiException e) {
            log.warn("Telegram does not answer yet ({}); starting anyway", TelegramFailures.describe(e));
        }
    }

    /** The bot's username, asking Telegram again if it did not answer before. */
    Optional<String> username() {
        if (username == null) {
            try {
                username = client.execute(new GetMe()).getUserName();
            } catch (TelegramApiException e) {
                log.warn("Telegram does not answer getMe ({})", TelegramFailures.describe(e));
            }
        }
        return Optional.ofNullable(username);
    }

    /** {@code https://t.me/<bot>?start=<code>}: opening it on a phone and pressing Start sends {@code /start <code>}. */
    @Override
    public Optional<String> deepLink(String code) {
        return username().map(name -> "https://t.me/" + name + "?start=" + code);
    }
}
