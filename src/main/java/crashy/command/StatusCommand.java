package crashy.command;

import crashy.farm.FarmSummary;
import crashy.farm.JobBoard;
import crashy.job.FinishForecast;
import crashy.job.Job;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code /status [job]}: the farm at a glance, or one job in detail with buttons to follow it. */
@Component
final class StatusCommand implements ChatCommand {
    private final JobBoard board;
    private final JobArguments jobs;
    private final SubscriptionService subscriptions;
    private final FinishForecast forecast;
    private final Clock clock;

    StatusCommand(
            JobBoard board,
            JobArguments jobs,
            SubscriptionService subscriptions,
            FinishForecast forecast,
            Clock clock) {
        this.board = board;
        this.jobs = jobs;
        this.subscriptions = subscriptions;
        this.forecast = forecast;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("status", "The render farm at a glance, or one job in detail")
                .withOptionalText("job", "Job id or part of its name");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        return request.text("job")
                .map(text -> detail(jobs.find(text, caller), caller))
                .orElseGet(this::summary);
    }

    @Override
    public List<Choice> suggest(String option, String partial, CommandRequest request) {
        return jobs.suggest(partial, subscriptions.user(request.user(), request.displayName()));
    }

    private CommandReply summary() {
        FarmSummary farm = FarmSummary.of(board.jobs(), board.workers(), board.health(), clock.instant());
        Tone tone = farm.health().downSince().isPresent() ? Tone.WARNING : Tone.NEUTRAL;
        return CommandReply.of(ChatMessage.titled(tone, "Render farm", StatusText.summary(farm, clock.instant())));
    }

    private CommandReply detail(Job job, ChatUser caller) {
        Instant now = clock.instant();
        Instant finishAt = forecast.finishAt(job, now).orElse(null);
        ChatMessage message = ChatMessage.titled(
                Tone.of(job.state()), job.displayName(), StatusText.detail(job, finishAt, board.health(), now));
        boolean follows = Following.of(subscriptions, caller, job);
        message = follows
                ? message.withButton("Unsubscribe", "unsubscribe " + job.id())
                : message.withButton("Subscribe", "subscribe " + job.id());
        if (!job.outputs().isEmpty() && job.tasks().completed() > 0) {
            message = message.withButton("🖼 Preview", "preview " + job.id());
        }
        if (job.errors() > 0) {
            message = message.withButton("Why?", "why " + job.id());
        }
        return CommandReply.of(message);
    }
}
