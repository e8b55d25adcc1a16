package crashy.chat.terminal;

import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Shows the DMs for the terminal's user as boxes in the terminal, the way the demo shows what a phone would get. */
@Component
@ConditionalOnProperty(name = "crashy.terminal.enabled", havingValue = "true")
final class TerminalChatSender implements ChatSender {
    private final Clock clock;
    private final TerminalConsole console;
    private final TerminalPictures pictures;
    private final AtomicLong messages = new AtomicLong();

    TerminalChatSender(Clock clock, TerminalConsole console, TerminalPictures pictures) {
        this.clock = clock;
        this.console = console;
        this.pictures = pictures;
    }

    @Override
    public ChatPlatform platform() {
        return ChatPlatform.TERMINAL;
    }

    @Override
    public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
        String ref = "t" + messages.incrementAndGet();
        print(mode == Mode.NEW ? "📨 DM" : "📊 progress DM", message);
        return new Delivery.Sent(ref);
    }

    @Override
    public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
        print("📊 progress DM (edited)", message);
        return new Delivery.Sent(messageRef);
    }

    private void print(String what, ChatMessage message) {
        String text = pictures.text(message, clock.instant()).replace("\n", "\n  │ ");
        console.print("  ┌─ " + what + "\n  │ " + text + "\n  └─");
    }
}
