package crashy.notification;

import crashy.farm.FarmClient;
import crashy.farm.JobBoard;
import crashy.job.Job;
import crashy.message.ChatMessage;
import crashy.message.Picture;
import crashy.preview.FramePreview;
import crashy.preview.JobPreviews;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives messages the pictures of the farm's jobs they name, drawn by {@link PictureDrawing}. A message never waits long
 * for its picture: when many wait to be drawn (the end of a night, hundreds of renders finishing at once) an overview
 * is drawn from the job's last frame alone; when more than {@link PictureDrawing#QUEUE} wait, or one takes longer than
 * the timeout, the message goes out without it and with a Preview button instead, and what was already on its way to
 * being drawn is kept for when the button is pressed.
 */
@Component
final class JobPictures implements Pictures, DisposableBean {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(JobPictures.class);

    private final JobBoard board;
    private final PictureDrawing drawing;
    private final Duration timeout;

    @Autowired
    JobPictures(JobBoard board, FarmClient farm, JobPreviews previews) {
        this(board, farm, previews, TIMEOUT);
    }

    JobPictures(JobBoard board, FarmClient farm, JobPreviews previews, Duration timeout) {
        this.board = board;
        this.drawing = new PictureDrawing(farm, previews);
        this.timeout = timeout;
    }

    @Override
    public Outgoing prepare(ChatMessage message) {
        if (message.picture().isEmpty()) {
            return new Outgoing(message, Optional.empty());
        }
        Picture picture = message.picture().get();
        return board.find(picture.job())
                .map(job -> withPicture(message, picture, job))
                .orElseGet(() -> Outgoing.textOnly(message.withField("Preview", "the job is no longer on the farm")));
    }

    private Outgoing withPicture(ChatMessage message, Picture picture, Job job) {
        // When pictures queue up, an overview is drawn from the last frame alone, not from up to sixteen: more
        // messages carry a picture and none waits for a contact sheet; the button still offers the sheet.
        boolean quick = picture.framing() == Picture.Framing.OVERVIEW && drawing.waiting() >= PictureDrawing.QUEUE / 2;
        Optional<CompletableFuture<FramePreview>> drawn = drawing.draw(PictureDrawing.Key.of(picture, job, quick), job);
        if (drawn.isEmpty()) {
            return later(message, picture, "many previews are being drawn right now");
        }
        Optional<FramePreview> preview = await(drawn.get());
        if (preview.isEmpty()) {
            return later(message, picture, "the preview is taking a while to draw");
        }
        if (preview.get() instanceof FramePreview.Shown shown) {
            return new Outgoing(
                    captioned(message, picture, shown, quick),
                    Optional.of(new Attachment(shown.fileName(), shown.jpeg())));
        }
        return Outgoing.textOnly(message.withField("Preview", ((FramePreview.NotShown) preview.get()).why()));
    }

    private static ChatMessage captioned(
            ChatMessage message, Picture picture, FramePreview.Shown shown, boolean quick) {
        ChatMessage text = message.withoutPicture();
        return quick
                ? withPreviewButton(
                        text.withField("Preview", shown.caption() + ", the last: 🖼 Preview shows the sequence"),
                        picture)
                : text.withField("Preview", shown.caption());
    }

    /** How many pictures wait to be drawn. */
    int waiting() {
        return drawing.waiting();
    }

    @Override
    public void destroy() {
        drawing.close();
    }

    /** The message without its picture for now, with a button that asks for it again. */
    private static Outgoing later(ChatMessage message, Picture picture, String why) {
        return Outgoing.textOnly(
                withPreviewButton(message.withField("Preview", why + ": press 🖼 Preview in a minute"), picture));
    }

    private static ChatMessage withPreviewButton(ChatMessage message, Picture picture) {
        String command = "preview " + picture.job().value()
                + (picture.framing() == Picture.Framing.FRAME ? " " + picture.frame() : "");
        return message.buttons().stream().anyMatch(button -> button.command().equals(command))
                ? message
                : message.withButton("🖼 Preview", command);
    }

    /** The picture, or empty when it is not drawn in time (it goes on being drawn, for later). */
    private Optional<FramePreview> await(CompletableFuture<FramePreview> drawn) {
        try {
            return Optional.of(drawn.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // The drawing's arrays are garbage once the error has left it; what the admin can do is give more.
                log.error(
                        "Drawing a preview needed more memory than this JVM has (-Xmx{}m): raise -Xmx for frames this"
                                + " big",
                        Runtime.getRuntime().maxMemory() / (1024 * 1024));
            } else {
                log.error("Drawing a preview failed", e.getCause());
            }
            return Optional.of(new FramePreview.NotShown("the preview could not be drawn"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new FramePreview.NotShown("stopped while drawing the preview"));
        }
    }
}
