package crashy.command;

import crashy.job.Job;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import crashy.summary.CrashExplainer;
import crashy.summary.CrashSummary;
import crashy.summary.ErrorGroup;
import crashy.summary.GroupSummary;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code /why job}: what went wrong with a job, error by error, with the crash summary. */
@Component
final class WhyCommand implements ChatCommand {
    private static final long AI_WAIT_SECONDS = 8;

    private final JobArguments jobs;
    private final SubscriptionService subscriptions;
    private final CrashExplainer explainer;

    WhyCommand(JobArguments jobs, SubscriptionService subscriptions, CrashExplainer explainer) {
        this.jobs = jobs;
        this.subscriptions = subscriptions;
        this.explainer = explainer;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("why", "Why a job fails: its errors and what to try")
                .withRequiredText("job", "Job id or part of its name");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        Job job = jobs.find(request.text("job").orElseThrow(), caller);
        Optional<CrashSummary> summary = explainer.explain(job.id());
        if (summary.isEmpty()) {
            return CommandReply.text("\"" + job.displayName() + "\" has no error reports"
                    + (job.errors() > 0 ? " I could read right now; try again in a moment." : "."));
        }
        ChatMessage message = ChatMessage.titled(
                Tone.WARNING, "Why: " + job.displayName(), summary.get().text());
        for (GroupSummary group : summary.get().groups().stream().limit(5).toList()) {
            message = message.withField(group.rule().kind().toString(), describe(group.group()));
        }
        ChatMessage base = message;
        return CommandReply.of(aiText(summary.get())
                .map(ai -> base.withField("AI summary", ai))
                .orElse(base)
                .withButton("Status", "status " + job.id()));
    }

    @Override
    public List<Choice> suggest(String option, String partial, CommandRequest request) {
        return jobs.suggest(partial, subscriptions.user(request.user(), request.displayName()));
    }

    private static String describe(ErrorGroup group) {
        String machines = group.workers().stream()
                .limit(4)
                .map(ErrorGroup.WorkerReports::worker)
                .collect(Collectors.joining(", "));
        return group.count() + "× on " + group.tasks().size() + " task"
                + (group.tasks().size() == 1 ? "" : "s")
                + (machines.isEmpty() ? "" : " · " + machines + (group.workers().size() > 4 ? "…" : ""));
    }

    private static Optional<String> aiText(CrashSummary summary) {
        try {
            return summary.aiText().get(AI_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
