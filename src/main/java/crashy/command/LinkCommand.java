package crashy.command;

import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatUser;
import crashy.subscription.ChatUserId;
import crashy.subscription.LinkCode;
import crashy.subscription.LinkInvitations;
import crashy.subscription.SubscriptionService;
import crashy.subscription.Trust;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code /link deadline-user}: links the caller to their Deadline user name, so their jobs follow them. Admins add a
 * member (and {@code lock}) to link someone else; {@code /link telegram} gives a one-time link for Telegram.
 */
@Component
final class LinkCommand implements ChatCommand {
    private final SubscriptionService subscriptions;
    private final ObjectProvider<LinkInvitations> invitations;

    LinkCommand(SubscriptionService subscriptions, ObjectProvider<LinkInvitations> invitations) {
        this.subscriptions = subscriptions;
        this.invitations = invitations;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.named("link", "Link your chat account to your Deadline user name")
                .withRequiredText("user", "Your Deadline user name, or \"telegram\" for a Telegram link")
                .withOptionalText("member", "Admins: the member to link instead of yourself")
                .withOptionalText("lock", "Admins: \"lock\" so the member cannot change it")
                .openToAll();
    }

    @Override
    public CommandReply handle(CommandRequest request) {
        if (!request.trust().atLeast(Trust.MEMBER)) {
            return CommandReply.text(CommandCatalog.NO_ACCESS);
        }
        ChatUser caller = subscriptions.user(request.user(), request.displayName());
        String name = request.text("user").orElseThrow();
        if (name.equalsIgnoreCase("telegram")) {
            return telegram(caller);
        }
        Optional<String> member = request.text("member");
        if (member.isPresent() && !request.trust().atLeast(Trust.ADMIN)) {
            throw new CommandException("Only admins may link someone else.");
        }
        ChatUser target = member.map(
                        m -> subscriptions.user(new ChatUserId(request.user().platform(), idOf(m)), ""))
                .orElse(caller);
        boolean lock =
                request.text("lock").map(word -> word.equalsIgnoreCase("lock")).orElse(false);
        ChatUser linked = subscriptions.link(target, name, request.trust(), lock);
        String who = member.isPresent() ? "That member is" : "You are";
        return CommandReply.text("🔗 " + who + " now linked to the Deadline user " + linked.deadlineUser()
                + (linked.linkLocked() ? " (locked)" : "") + ". Their renders will DM them when they finish, fail or"
                + " start erroring.");
    }

    private CommandReply telegram(ChatUser caller) {
        LinkCode code = subscriptions.newLinkCode(caller);
        String how = Optional.ofNullable(invitations.getIfAvailable())
                .flatMap(links -> links.deepLink(code.code()))
                .map(link -> "Open " + link + " on your phone and press Start.")
                .orElse("Send /start " + code.code() + " to the Crashy bot on Telegram.");
        return CommandReply.of(
                ChatMessage.titled(Tone.NEUTRAL, "Link Telegram", how + " The code works once, for 15 minutes."));
    }

    /** A Discord mention {@code <@123>} or a bare id. */
    private static String idOf(String member) {
        String digits = member.replaceAll("[<@!>]", "").strip();
        if (digits.isEmpty()) {
            throw new CommandException("Name the member as a mention or an id.");
        }
        return digits;
    }
}
