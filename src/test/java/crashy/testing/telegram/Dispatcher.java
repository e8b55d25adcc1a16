package crashy.testing.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers one call in the order Telegram would: the token, the method, the parameters against the spec, the content
 * rules; then a hold the test asked for, what the test scripted, blocked users and flood control; and only then the
 * method itself. Every refusal that a correct bot would never provoke is reported as a {@link Violation}.
 */
final class Dispatcher {
    /** The calls that put a message in a chat, which Telegram's flood control counts. */
    private static final Set<String> MESSAGES = Set.of(
            "sendMessage",
            "sendPhoto",
            "sendDocument",
            "editMessageText",
            "editMessageCaption",
            "editMessageReplyMarkup");

    private final String token;
    private final BotApiSpec spec;
    private final Map<String, Function<Parameters, Answer>> methods;
    private final Faults faults;
    private final RateLimiter limiter;
    private final RequestLog log;

    Dispatcher(
            String token,
            BotApiSpec spec,
            Map<String, Function<Parameters, Answer>> methods,
            Faults faults,
            RateLimiter limiter,
            RequestLog log) {
        this.token = token;
        this.spec = spec;
        this.methods = Map.copyOf(methods);
        this.faults = faults;
        this.limiter = limiter;
        this.log = log;
    }

    /** The method's name as the spec spells it, or as sent if the spec does not know it. */
    String methodName(IncomingCall call) {
        return spec.methodNamed(call.method()).orElse(call.method());
    }

    /** Whether the answer to this call, carried out already, is to be lost on its way back as a network would. */
    boolean losesAnswer(IncomingCall call, Answer answer) {
        return answer.status() == 200 && faults.losesAnswer(methodName(call));
    }

    /** The answer to the call; empty when a test cut the call off while holding it, so that it was never carried out. */
    Optional<Answer> answer(IncomingCall call) {
        if (!call.token().equals(token)) {
            return Optional.of(Answer.error(ApiError.unauthorized()));
        }
        String method = methodName(call);
        if (spec.methodNamed(method).isEmpty()) {
            log.violation(new Violation(method, "the Bot API has no such method"));
            return Optional.of(Answer.error(ApiError.notFound()));
        }
        List<String> problems = spec.problems(method, call.parameters());
        problems.forEach(problem -> log.violation(new Violation(method, problem)));
        if (!problems.isEmpty()) {
            return Optional.of(Answer.badRequest(problems.get(0)));
        }
        Optional<String> content = ContentRules.problem(method, call.parameters());
        content.ifPresent(problem -> log.violation(new Violation(method, problem)));
        if (content.isPresent()) {
            return content.map(Answer::badRequest);
        }
        Optional<HeldCall> hold = faults.holdFor(method, call.parameters().fields());
        if (hold.isPresent() && !hold.get().hold(call.parameters().fields())) {
            return Optional.empty();
        }
        return Optional.of(answerValid(method, call.parameters()));
    }

    private Answer answerValid(String method, Parameters call) {
        Optional<ApiError> scripted = faults.next(method);
        if (scripted.isPresent()) {
            return Answer.error(scripted.get());
        }
        String chat = call.text("chat_id").orElse("");
        if (faults.isBlocked(chat)) {
            return Answer.error(ApiError.blockedByUser());
        }
        OptionalInt retryAfter = MESSAGES.contains(method) ? limiter.retryAfter(chat) : OptionalInt.empty();
        if (retryAfter.isPresent()) {
            return Answer.error(ApiError.tooManyRequests(retryAfter.getAsInt()));
        }
        Answer answer = methods.getOrDefault(method, unsupported -> Answer.unsupported(method))
                .apply(call);
        if (answer.isUnsupported()) {
            log.violation(new Violation(method, answer.description()));
        }
        return answer;
    }
}
