package crashy.chat.terminal;

import crashy.message.ChatMessage;
import crashy.notification.Outgoing;
import crashy.notification.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Shows messages in the terminal with their pictures: a terminal cannot show a JPEG, so it is written to a folder
 * and its path printed under the text, to open in any viewer.
 */
@Component
@ConditionalOnProperty(name = "crashy.terminal.enabled", havingValue = "true")
final class TerminalPictures {
    private final Pictures pictures;
    private final Path folder;

    @Autowired
    TerminalPictures(Pictures pictures) {
        this(pictures, Path.of(System.getProperty("java.io.tmpdir"), "crashy-previews"));
    }

    TerminalPictures(Pictures pictures, Path folder) {
        this.pictures = pictures;
        this.folder = folder;
    }

    /** The message as plain text, with the path of its picture if it has one. */
    String text(ChatMessage message, Instant now) {
        Outgoing outgoing = pictures.prepare(message);
        String text = outgoing.message().plainText(now);
        if (outgoing.attachment().isEmpty()) {
            return text;
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(outgoing.attachment().get().fileName());
            Files.write(file, outgoing.attachment().get().jpeg());
            return text + "\n🖼 " + file.toAbsolutePath();
        } catch (IOException e) {
            return text + "\n🖼 (the picture could not be saved: " + e.getMessage() + ")";
        }
    }
}
