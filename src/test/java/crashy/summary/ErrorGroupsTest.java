package crashy.summary;

import static crashy.summary.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.ErrorReport;
import crashy.job.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorGroupsTest {

    @Test
    void makesOneGroupOfOneErrorOnManyFramesFilesAndMachines() {
        List<ErrorReport> reports = List.of(
                report("r3", 12, "render03", 7, CrashTexts.ARNOLD_TEXTURE_OTHER_FRAME),
                report("r1", 10, "render01", 2, CrashTexts.ARNOLD_TEXTURE),
                report("r2", 11, "render03", 5, CrashTexts.ARNOLD_TEXTURE),
                report("r4", 10, "render03", 9, CrashTexts.ARNOLD_TEXTURE_TAGGED));
        List<Task> tasks = List.of(Reports.failed(10, "render03"), Reports.failed(11, "render03"));

        List<ErrorGroup> groups = ErrorGroups.of(reports, tasks);

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.count()).isEqualTo(4);
            assertThat(group.tasks()).containsExactly(10, 11, 12);
            assertThat(group.frames()).containsExactly("10-10", "11-11");
            assertThat(group.workerNames()).containsExactly("render03", "render01");
            assertThat(group.workers().get(0).reports()).isEqualTo(3);
            assertThat(group.firstSeen()).isEqualTo(Reports.START.plusSeconds(120));
            assertThat(group.lastSeen()).isEqualTo(Reports.START.plusSeconds(540));
            assertThat(group.representative()).isEqualTo("r1");
            assertThat(group.headline())
                    .isEqualTo("[texturesys] unable to find texture"
                            + " \"/mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx\"");
        });
    }

    @Test
    void keepsDifferentErrorsApartWithTheLargestGroupFirst() {
        List<ErrorReport> reports = new ArrayList<>();
        reports.add(report("a", 1, "render07", 0, CrashTexts.BLENDER_CUDA_OOM));
        reports.addAll(Reports.onEveryTask(CrashTexts.BLENDER_MISSING_FILE, 5, "render01", "render02"));
        reports.add(report("b", 2, "render07", 1, CrashTexts.BLENDER_CUDA_OOM));

        List<ErrorGroup> groups = ErrorGroups.of(reports, List.of());

        assertThat(groups).extracting(ErrorGroup::count).containsExactly(5, 2);
        assertThat(groups.get(1).fingerprint().text()).startsWith("CUDA error: Out of memory");
        assertThat(groups.get(1).frames()).isEmpty();
    }

    @Test
    void recognisesTheMachinesOfTheTasksInMessages() {
        List<ErrorReport> reports = List.of(
                report("a", 1, "render01", 0, "Error: render07 could not be reached to copy the scene"),
                report("b", 2, "render01", 1, "Error: render12 could not be reached to copy the scene"));
        List<Task> tasks = List.of(Reports.completed(5, "render07"), Reports.completed(6, "render12"));

        assertThat(ErrorGroups.of(reports, tasks))
                .singleElement()
                .satisfies(group -> assertThat(group.fingerprint().text())
                        .isEqualTo("<worker> could not be reached to copy the scene"));
    }

    @Test
    void hasNoGroupsWithoutReports() {
        assertThat(ErrorGroups.of(List.of(), List.of(Reports.completed(1, "render01"))))
                .isEmpty();
    }
}
