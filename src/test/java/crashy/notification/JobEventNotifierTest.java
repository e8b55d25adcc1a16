package crashy.notification;

import static crashy.subscription.TestSubscriptions.discord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobCompleted;
import crashy.job.JobErrored;
import crashy.job.JobFailed;
import crashy.job.JobProgressed;
import crashy.job.JobStarted;
import crashy.job.JobState;
import crashy.job.Jobs;
import crashy.job.TaskCounts;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.Trust;
import crashy.testing.RecordingChatSender.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobEventNotifierTest {
    private final NotificationHarness harness = new NotificationHarness();
    private final Job rendering = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 2, 1, 7);
    private final ChatUser alice =
            harness.subscriptions.link(harness.subscriptions.user(discord("1"), "Alice"), "alice", Trust.MEMBER, false);

    @Test
    void dmsTheOwnerWhenTheirJobCompletes() {
        harness.publish(new JobCompleted(Jobs.completed(rendering.id().value(), 10)));
        harness.deliver();

        assertThat(harness.discord.calls())
                .filteredOn(call -> call.mode() == Mode.NEW)
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.to()).isEqualTo(alice.id());
                    assertThat(call.message().title()).isEqualTo("✅ Finished: shot010_lighting");
                });
    }

    @Test
    void saysWhatWentWrongInTheFailureDmAndAmendsItWithTheAiSummary() {
        harness.summarizer.answering("The texture wall.tx is missing on the file server; relink it and resubmit.");
        for (int task = 0; task < 4; task++) {
            harness.reports.add(new ErrorReport(
                    "r" + task,
                    rendering.id(),
                    task,
                    "render0" + task,
                    harness.clock.instant(),
                    "Error: [arnold] unable to find texture /mnt/tex/wall.tx\n at ..."));
        }
        harness.publish(new JobFailed(Jobs.failed(rendering.id().value(), 10)));
        harness.deliver();

        final Call failure = harness.discord.calls().stream()
                .filter(call -> call.mode() == Mode.NEW)
                .findFirst()
                .orElseThrow();
        assertThat(failure.message().fields())
                .anySatisfy(field -> assertThat(field.name()).isEqualTo("What happened"));
        assertThat(failure.message().buttons()).extracting(b -> b.command()).contains("why " + rendering.id());

        // The AI text arrives on another thread: amended into the DM before it went out, or edited in after.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            harness.clock.advance(Duration.ofSeconds(3));
            harness.deliver();
            assertThat(finalContentOf(failure)).contains("relink it and resubmit");
        });
    }

    private String finalContentOf(Call sent) {
        List<Call> calls = harness.discord.calls();
        int index = calls.indexOf(sent);
        String ref = "m" + (index + 1);
        return calls.stream()
                .filter(call -> call.ref().equals(ref))
                .reduce((first, second) -> second)
                .orElse(sent)
                .message()
                .plainText(harness.clock.instant());
    }

    @Test
    void neverQueuesTheSameEventTwice() {
        JobFailed failed = new JobFailed(Jobs.failed(rendering.id().value(), 10));
        harness.replay(7, failed);
        harness.replay(7, failed);
        harness.deliver();

        assertThat(harness.discord.calls())
                .filteredOn(call -> call.mode() == Mode.NEW)
                .hasSize(1);
    }

    @Test
    void buzzesOnceWhenAJobStartsErroringAndOnlyEditsAfterThat() {
        Job erroring = rendering.withProgress(JobState.RENDERING, rendering.tasks(), 2);
        harness.publish(new JobErrored(erroring, 0));
        harness.publish(new JobErrored(erroring.withProgress(JobState.RENDERING, rendering.tasks(), 5), 2));
        harness.deliver();

        assertThat(harness.discord.calls())
                .filteredOn(call -> call.mode() == Mode.NEW)
                .extracting(call -> call.message().title())
                .containsExactly("⚠️ Errors while rendering: shot010_lighting");
    }

    @Test
    void ofTwoCompletionsTheOneThatHappenedFirstIsSentFirst() {
        Instant now = harness.clock.instant();
        Job later = Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa2", 4).withDates(Jobs.SUBMITTED, now.minusSeconds(1));
        Job earlier = Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa3", 4).withDates(Jobs.SUBMITTED, now.minusSeconds(2));
        harness.publish(new JobCompleted(later));
        harness.publish(new JobCompleted(earlier));
        harness.deliver();

        assertThat(harness.discord.calls())
                .filteredOn(call -> call.mode() == Mode.NEW)
                .extracting(call -> call.message().buttons().get(0).command())
                .containsExactly("status aaaaaaaaaaaaaaaaaaaaaaa3", "status aaaaaaaaaaaaaaaaaaaaaaa2");
    }

    @Test
    void sendsTheDmFirstAndUpdatesTheLivingMessageASecondLater() {
        harness.publish(new JobCompleted(Jobs.completed(rendering.id().value(), 10)));
        harness.deliver();

        assertThat(harness.discord.calls()).extracting(Call::mode).containsExactly(Mode.NEW);

        harness.clock.advance(JobEventNotifier.LIVE_DELAY);
        harness.deliver();

        assertThat(harness.discord.calls()).extracting(Call::mode).containsExactly(Mode.NEW, Mode.LIVE);
    }

    @Test
    void keepsOneLivingMessageEditedAtMostEveryTenSeconds() {
        harness.publish(new JobStarted(rendering));
        harness.clock.advance(JobEventNotifier.LIVE_DELAY);
        harness.deliver();
        Job more = rendering.withProgress(JobState.RENDERING, new TaskCounts(5, 1, 4, 0, 0, 0), 0);
        harness.publish(new JobProgressed(more, 2));
        harness.publish(
                new JobProgressed(more.withProgress(JobState.RENDERING, new TaskCounts(4, 1, 5, 0, 0, 0), 0), 4));
        harness.deliver();

        assertThat(harness.discord.calls()).hasSize(1);

        harness.clock.advance(Duration.ofSeconds(10));
        harness.deliver();

        assertThat(harness.discord.calls()).extracting(Call::ref).containsExactly("", "m1");
        assertThat(harness.discord.calls().get(1).message().body()).startsWith("▓▓▓▓▓░░░░░  50%");
    }

    @Test
    void tellsAMutedFollowerOnlyHowTheJobEnds() {
        harness.subscriptions.choose(alice, rendering.id(), Interest.MUTED);
        harness.publish(new JobStarted(rendering));
        harness.publish(new JobErrored(rendering.withProgress(JobState.RENDERING, rendering.tasks(), 1), 0));
        harness.publish(new JobCompleted(Jobs.completed(rendering.id().value(), 10)));
        harness.deliver();

        assertThat(harness.discord.calls())
                .extracting(call -> call.message().title())
                .containsExactly("✅ Finished: shot010_lighting");
    }

    @Test
    void retriesAfterWhatThePlatformAskedAndRecordsUsersWhoCannotBeReached() {
        harness.discord.thenAnswer(new Delivery.RetryLater(Duration.ofSeconds(30), "429"));
        harness.publish(new JobCompleted(Jobs.completed(rendering.id().value(), 10)));
        harness.deliver();
        harness.clock.advance(JobEventNotifier.LIVE_DELAY);
        assertThat(harness.deliver()).as("the living message").isEqualTo(1);
        harness.clock.advance(Duration.ofSeconds(28));
        assertThat(harness.deliver()).isZero();
        harness.clock.advance(Duration.ofSeconds(1));
        assertThat(harness.deliver()).isEqualTo(1);

        harness.discord.thenAnswer(new Delivery.Undeliverable("Cannot send messages to this user"));
        harness.publish(new JobFailed(Jobs.failed(rendering.id().value(), 10)));
        harness.deliver();

        assertThat(harness.subscriptions.user(alice.id(), "Alice").undeliverableReason())
                .isEqualTo("Cannot send messages to this user");
        assertThat(harness.outbox.undelivered(alice.id(), 5)).hasSize(1);
        harness.clock.advance(JobEventNotifier.LIVE_DELAY);
        harness.deliver();
        assertThat(harness.outbox.pendingCount()).isZero();
    }
}
