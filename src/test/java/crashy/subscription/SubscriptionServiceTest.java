package crashy.subscription;

import static crashy.subscription.TestSubscriptions.discord;
import static crashy.subscription.TestSubscriptions.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.job.Job;
import crashy.job.JobEventKind;
import crashy.job.Jobs;
import crashy.testing.MutableClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionServiceTest {
    private final MutableClock clock = new MutableClock(Jobs.SUBMITTED);
    private final SubscriptionService service = TestSubscriptions.create(clock, "alice", "bob");
    private final Job alicesJob = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 2, 1, 7);

    @Test
    void linksToTheDeadlineNameAsDeadlineSpellsIt() {
        ChatUser linked = service.link(service.user(discord("1"), "Alice"), "ALICE", Trust.MEMBER, false);

        assertThat(linked.deadlineUser()).isEqualTo("alice");
        assertThat(service.user(discord("1"), "Alice").isLinked()).isTrue();
    }

    @Test
    void refusesANameDeadlineDoesNotKnow() {
        assertThatThrownBy(() -> service.link(service.user(discord("1"), "A"), "mallory", Trust.MEMBER, false))
                .isInstanceOf(SubscriptionException.class)
                .hasMessageContaining("no Deadline user \"mallory\"");
    }

    @Test
    void keepsALockedLinkFromItsOwnerButNotFromAnAdmin() {
        ChatUser locked = service.link(service.user(discord("1"), "A"), "alice", Trust.ADMIN, true);

        assertThatThrownBy(() -> service.link(locked, "bob", Trust.MEMBER, false))
                .hasMessageContaining("admin");
        assertThatThrownBy(() -> service.unlink(locked, Trust.MEMBER)).hasMessageContaining("admin");
        assertThat(service.link(locked, "bob", Trust.ADMIN, false).deadlineUser())
                .isEqualTo("bob");
    }

    @Test
    void sendsOwnJobsToEveryLinkedAccountOfTheirUser() {
        service.link(service.user(discord("1"), "A"), "alice", Trust.MEMBER, false);
        service.redeem(
                service.user(telegram("9"), "A"),
                service.newLinkCode(service.user(discord("1"), "A")).code());
        service.link(service.user(discord("2"), "B"), "bob", Trust.MEMBER, false);

        assertThat(service.recipients(alicesJob))
                .extracting(recipient -> recipient.user().id())
                .containsExactlyInAnyOrder(discord("1"), telegram("9"));
    }

    @Test
    void lettersAnyoneFollowMuteOrIgnoreAJob() {
        ChatUser alice = service.link(service.user(discord("1"), "A"), "alice", Trust.MEMBER, false);
        ChatUser bob = service.link(service.user(discord("2"), "B"), "bob", Trust.MEMBER, false);

        service.choose(bob, alicesJob.id(), Interest.FOLLOW);
        service.choose(alice, alicesJob.id(), Interest.MUTED);
        assertThat(service.recipients(alicesJob))
                .extracting(Recipient::interest)
                .containsExactlyInAnyOrder(Interest.MUTED, Interest.FOLLOW);

        service.choose(alice, alicesJob.id(), Interest.IGNORE);
        assertThat(service.recipients(alicesJob)).extracting(r -> r.user().id()).containsExactly(discord("2"));
    }

    @Test
    void followsNoOwnJobsForSomeoneWhoOptedOut() {
        ChatUser alice = service.link(service.user(discord("1"), "A"), "alice", Trust.MEMBER, false);
        service.settings(alice, false, Set.of(JobEventKind.COMPLETED));

        assertThat(service.recipients(alicesJob)).isEmpty();
    }

    @Test
    void acceptsALinkCodeOnceAndOnlyForAQuarterOfAnHour() {
        ChatUser alice = service.link(service.user(discord("1"), "A"), "alice", Trust.MEMBER, false);
        String code = service.newLinkCode(alice).code();

        assertThat(service.redeem(service.user(telegram("9"), "A"), code.toLowerCase())
                        .deadlineUser())
                .isEqualTo("alice");
        assertThatThrownBy(() -> service.redeem(service.user(telegram("8"), "M"), code))
                .hasMessageContaining("unknown or expired");

        String late = service.newLinkCode(alice).code();
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> service.redeem(service.user(telegram("8"), "M"), late))
                .hasMessageContaining("unknown or expired");
    }

    @Test
    void givesAccessToMembersAndLinkedUsersOnly() {
        ChatUser stranger = service.user(telegram("666"), "Stranger");
        ChatUser alice = service.link(service.user(discord("1"), "A"), "alice", Trust.MEMBER, false);

        assertThat(service.hasAccess(stranger, Trust.STRANGER)).isFalse();
        assertThat(service.hasAccess(stranger, Trust.MEMBER)).isTrue();
        assertThat(service.hasAccess(alice, Trust.STRANGER)).isTrue();
    }
}
