package crashy.summary;

import static crashy.summary.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.ErrorReport;
import crashy.job.Task;
import crashy.summary.Attribution.Thresholds;
import crashy.summary.Attribution.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final List<Task> FIVE_MACHINES_RENDERED_FINE =
            Reports.completed(100, 149, "render01", "render02", "render03", "render04", "render05");

    @Test
    void blamesTwoMachinesWhenTheirFailuresDominateWhileOthersRenderTheJobFine() {
        ErrorGroup group = group(reports("render07", 10), reports("render12", 8), reports("render03", 1));

        Attribution attribution = Attribution.of(group, FIVE_MACHINES_RENDERED_FINE);

        assertThat(attribution.verdict()).isEqualTo(Verdict.MACHINE);
        assertThat(attribution.suspects()).containsExactly("render07", "render12");
        assertThat(attribution.text())
                .isEqualTo("Likely the machine, not your scene: render07 and render12 fail while 5 other machines"
                        + " rendered this job fine.");
    }

    @Test
    void blamesOneMachineThatSendsExactlyTheConcentrationShareOfTheReports() {
        ErrorGroup group = group(reports("render07", 8), reports("render01", 1), reports("render02", 1));

        Attribution attribution = Attribution.of(group, FIVE_MACHINES_RENDERED_FINE);

        assertThat(attribution.verdict()).isEqualTo(Verdict.MACHINE);
        assertThat(attribution.suspects()).containsExactly("render07");
        assertThat(attribution.text()).startsWith("Likely the machine, not your scene: render07 fails while 5 other");
    }

    @Test
    void blamesTheSceneWhenTheSameErrorHappensOnEveryMachine() {
        ErrorGroup group = group(
                reports("render01", 3),
                reports("render02", 3),
                reports("render03", 3),
                reports("render04", 3),
                reports("render05", 3),
                reports("render06", 3));

        Attribution attribution = Attribution.of(group, List.of(Reports.failed(1, "render01")));

        assertThat(attribution.verdict()).isEqualTo(Verdict.SCENE);
        assertThat(attribution.text())
                .isEqualTo("The same error on every machine (6): likely the scene or the software setup, not one"
                        + " machine.");
    }

    @Test
    void blamesTheSceneWhenTheErrorIsSpreadEvenIfOtherTasksRenderFine() {
        ErrorGroup group =
                group(reports("render01", 2), reports("render02", 2), reports("render03", 2), reports("render04", 2));

        Attribution attribution = Attribution.of(group, FIVE_MACHINES_RENDERED_FINE);

        assertThat(attribution.verdict()).isEqualTo(Verdict.SCENE);
        assertThat(attribution.text()).startsWith("The same error on 4 machines:");
    }

    @Test
    void decidesNothingOnFewerReportsThanTheMinimum() {
        ErrorGroup group = group(reports("render07", 2));

        Attribution attribution = Attribution.of(group, FIVE_MACHINES_RENDERED_FINE);

        assertThat(attribution.verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(attribution.text()).isEqualTo("Too early to tell whether the scene or a machine is to blame.");
    }

    @Test
    void decidesNothingWhenNoOtherMachineHasRenderedTheJob() {
        ErrorGroup group = group(reports("render07", 6));

        assertThat(Attribution.of(group, List.of(Reports.failed(1, "render07"))).verdict())
                .isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    void needsAtLeastTwoHealthyMachinesToBlameOne() {
        ErrorGroup group = group(reports("render07", 6));
        List<Task> oneOtherMachine = Reports.completed(100, 120, "render01");
        List<Task> twoOtherMachines = Reports.completed(100, 120, "render01", "render02");

        assertThat(Attribution.of(group, oneOtherMachine).verdict()).isEqualTo(Verdict.UNDECIDED);
        assertThat(Attribution.of(group, twoOtherMachines).verdict()).isEqualTo(Verdict.MACHINE);
    }

    @Test
    void doesNotCountTheSuspectsOwnCompletedTasksAsHealthy() {
        ErrorGroup group = group(reports("render07", 6));
        List<Task> tasks = new ArrayList<>(Reports.completed(100, 120, "render07", "render01"));

        assertThat(Attribution.of(group, tasks).healthyWorkers()).isEqualTo(1);
    }

    @Test
    void usesExplicitThresholds() {
        ErrorGroup twoMachines = group(reports("render07", 5), reports("render12", 5));
        Thresholds oneSuspectAtMost = new Thresholds(3, 0.8, 1, 2, 3);
        Thresholds twoReportsDecide = new Thresholds(2, 0.8, 2, 2, 3);

        assertThat(Thresholds.DEFAULT).isEqualTo(new Thresholds(3, 0.8, 2, 2, 3));
        assertThat(Attribution.of(twoMachines, FIVE_MACHINES_RENDERED_FINE, oneSuspectAtMost)
                        .verdict())
                .isEqualTo(Verdict.UNDECIDED);
        assertThat(Attribution.of(group(reports("render07", 2)), FIVE_MACHINES_RENDERED_FINE, twoReportsDecide)
                        .verdict())
                .isEqualTo(Verdict.MACHINE);
    }

    private static List<ErrorReport> reports(String worker, int count) {
        List<ErrorReport> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reports.add(report(worker + "-" + i, i, worker, i, CrashTexts.BLENDER_CUDA_OOM));
        }
        return reports;
    }

    @SafeVarargs
    private static ErrorGroup group(List<ErrorReport>... perWorker) {
        List<ErrorReport> all = new ArrayList<>();
        for (List<ErrorReport> reports : perWorker) {
            all.addAll(reports);
        }
        return ErrorGroups.of(all, List.of()).get(0);
    }
}
