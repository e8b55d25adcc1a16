package crashy.command;

import crashy.job.JobEventKind;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.SubscriptionService;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code /settings [events] [own_jobs]}: which events DM the caller, and whether their own jobs are followed. */
@Component
final class SettingsCommand implements ChatCommand {
    private static final Map<String, JobEventKind> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("completed", JobEventKind.COMPLETED);
        WORDS.put("failed", JobEventKind.FAILED);
        WORDS.put("errors", JobEventKind.ERRORED);
        WORDS.put("first_frame", JobEventKind.FIRST_TASK_COMPLETED);
        WORDS.put("suspended", JobEventKind.SUSPENDED);
        WORDS.put("deleted", JobEventKind.DELETED);
    }

    private final SubscriptionService subscriptions;

    SettingsCommand(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("settings", "Choose which events DM you")
                .withOptionalText("events", "e.g. completed,failed,errors,first_frame,suspended,deleted")
                .withOptionalText("own_jobs", "on or off: follow your own jobs automatically");
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        Set<JobEventKind> events =
                request.text("events").map(SettingsCommand::parse).orElse(caller.notifyOn());
        boolean own = request.text("own_jobs").map(SettingsCommand::onOff).orElse(caller.followsOwnJobs());
        if (request.text("events").isPresent() || request.text("own_jobs").isPresent()) {
            caller = subscriptions.settings(caller, own, events);
        }
        String text = "DMs about: " + describe(caller.notifyOn()) + "\nYour own jobs: "
                + (caller.followsOwnJobs() ? "on" : "off") + "\n\nChange with /settings <events> [on|off], events"
                + " from: " + String.join(", ", WORDS.keySet());
        return CommandReply.of(ChatMessage.titled(Tone.NEUTRAL, "Your settings", text));
    }

    static String describe(Set<JobEventKind> events) {
        String listed = WORDS.entrySet().stream()
                .filter(entry -> events.contains(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "nothing" : listed;
    }

    private static Set<JobEventKind> parse(String text) {
        Set<JobEventKind> events = EnumSet.noneOf(JobEventKind.class);
        for (String word : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (word.equals("none")) {
                continue;
            }
            if (word.equals("default")) {
                events.addAll(ChatUser.DEFAULT_EVENTS);
                continue;
            }
            JobEventKind kind = WORDS.get(word.replace('-', '_'));
            if (kind == null) {
                throw new CommandException("I don't know the event \"" + word + "\". Choose from: "
                        + String.join(", ", WORDS.keySet()) + " (or none, default).");
            }
            events.add(kind);
        }
        return events;
    }

    private static boolean onOff(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true" -> true;
            case "off", "no", "false" -> false;
            default -> throw new CommandException("own_jobs takes on or off, not \"" + text + "\".");
        };
    }
}
