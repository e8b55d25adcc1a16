package crashy.command;

import crashy.farm.JobBoard;
import crashy.job.FinishForecast;
import crashy.subscription.LinkInvitations;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The real catalog with every command, over a board and subscriptions a test made: for tests of chat gateways. */
public final class TestCommands {
    private TestCommands() {}

    /** Every command of Crashy, plus {@code extra} ones a test brings (one that throws, say). */
    public static CommandCatalog catalog(
            JobBoard board,
            SubscriptionService subscriptions,
            Clock clock,
            LinkInvitations invitations,
            ChatCommand... extra) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("linkInvitations", invitations);
        JobArguments jobs = new JobArguments(board);
        List<ChatCommand> all = new ArrayList<>(List.of(
                new HelpCommand(beans.getBeanProvider(CommandCatalog.class)),
                new JobsCommand(board),
                new LinkCommand(subscriptions, beans.getBeanProvider(LinkInvitations.class)),
                new MineCommand(board, subscriptions),
                new MuteCommand(jobs, subscriptions),
                new PreviewCommand(jobs, subscriptions),
                new SettingsCommand(subscriptions),
                new StatusCommand(board, jobs, subscriptions, FinishForecast.unknown(), clock),
                new SubscribeCommand(jobs, subscriptions),
                new SubscriptionsCommand(subscriptions, board),
                new UnlinkCommand(subscriptions),
                new UnsubscribeCommand(jobs, subscriptions)));
        all.addAll(List.of(extra));
        CommandCatalog catalog = new CommandCatalog(all, subscriptions);
        beans.addBean("commandCatalog", catalog);
        return catalog;
    }
}
