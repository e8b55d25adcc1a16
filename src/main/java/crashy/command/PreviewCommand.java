package crashy.command;

import crashy.job.Job;
import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.message.JobText;
import crashy.message.Picture;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code /preview job [frame]}: a picture of a rendered frame, or of the whole job as far as it rendered (its one
 * frame, or a contact sheet of a sequence). The picture is drawn when the reply is sent, off the chat's threads.
 */
@Component
final class PreviewCommand implements ChatCommand {
    private static final Pattern FRAME = Pattern.compile("-?\\d{1,9}");

    private final JobArguments jobs;
    private final SubscriptionService subscriptions;

    PreviewCommand(JobArguments jobs, SubscriptionService subscriptions) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("preview", "A picture of a rendered frame, or of the whole job so far")
                .withRequiredText("job", "Job id or part of its name")
                .withOptionalText("frame", "Frame number; leave out for the whole job");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        Target target = target(request.text("job").orElseThrow(), request.text("frame"), caller);
        Job job = target.job();
        if (job.outputs().isEmpty()) {
            return CommandReply.text(
                    "\"" + job.displayName() + "\" names no output files, so there is nothing to show.");
        }
        return CommandReply.of(picture(job, target.frame()));
    }

    @Override
    public List<Choice> suggest(String option, String partial, CommandRequest request) {
        return option.equals("job")
                ? jobs.suggest(partial, subscriptions.user(request.user(), request.displayName()))
                : List.of();
    }

    private static ChatMessage picture(Job job, Optional<Integer> frame) {
        JobId id = job.id();
        ChatMessage message = ChatMessage.titled(
                Tone.of(job.state()),
                "🖼 " + job.displayName() + frame.map(f -> ", frame " + f).orElse(""),
                JobText.progress(job));
        return message.withPicture(frame.map(f -> Picture.frame(id, f)).orElseGet(() -> Picture.overview(id)))
                .withButton("Status", "status " + id);
    }

    /** The job and frame asked for. */
    private record Target(Job job, Optional<Integer> frame) {}

    private Target target(String jobText, Optional<String> frameText, ChatUser caller) {
        if (frameText.isEmpty()) {
            return new Target(jobs.find(jobText, caller), Optional.empty());
        }
        if (FRAME.matcher(frameText.get()).matches()) {
            return new Target(jobs.find(jobText, caller), Optional.of(Integer.parseInt(frameText.get())));
        }
        return namedWithSpaces(jobText + " " + frameText.get(), frameText.get(), caller);
    }

    /**
     * Typed on one line, {@code /preview hero shot 7} fills the job option with "hero" and the frame with "shot 7".
     * The whole line is the job if one is called so; else the job is what comes before a trailing frame number.
     */
    private Target namedWithSpaces(String line, String rest, ChatUser caller) {
        try {
            return new Target(jobs.find(line, caller), Optional.empty());
        } catch (CommandException notAJob) {
            Optional<Integer> frame = frameAtTheEnd(rest);
            if (frame.isEmpty()) {
                throw new CommandException("\"" + rest + "\" is not a frame number. Give one like 12, or leave it out"
                        + " to see the whole job: /preview <job> [frame]");
            }
            return new Target(jobs.find(line.substring(0, line.lastIndexOf(' ')), caller), frame);
        }
    }

    private static Optional<Integer> frameAtTheEnd(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return FRAME.matcher(last).matches() ? Optional.of(Integer.parseInt(last)) : Optional.empty();
    }
}
