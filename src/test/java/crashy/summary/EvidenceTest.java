package crashy.summary;

import static crashy.summary.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.ErrorReport;
import crashy.job.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final List<Task> TASKS = Reports.completed(100, 140, "render01", "render02", "render03");

    @Test
    void keepsTheErrorTheWarningsBeforeItAndTheLinesAroundItButNotTheWholeLog() {
        String contents = FullReports.arnoldMissingTexture("render03", 3000);
        List<ErrorGroup> groups = groups();

        Evidence evidence = Evidence.of(groups.get(0), groups, attribution(groups.get(0)), contents);

        assertThat(contents.length()).isGreaterThan(200_000);
        assertThat(evidence.text())
                .contains("unable to find texture \"/mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx\"")
                .contains("texture file hull_diffuse.1001.tx is not tiled, auto-tx is off")
                .contains("aiStandardSurface1: attribute 'subsurface_type' has no value")
                .contains("render aborted by the user or an error")
                .doesNotContain("read tile 12 of bucket")
                .doesNotContain("at Deadline.Plugins.SandboxedPlugin")
                .doesNotContain("2026-03-14 10:01:07:");
        assertThat(evidence.tokens()).isLessThanOrEqualTo(Evidence.MAX_TOKENS);
    }

    @Test
    void listsTheJobsErrorGroupsWithCountsAndMachinesAndMarksTheOneToExplain() {
        List<ErrorGroup> groups = groups();

        Evidence evidence = Evidence.of(groups.get(1), groups, attribution(groups.get(1)), "");

        assertThat(evidence.text())
                .contains("1. 12 reports, 12 tasks, 3 machines (render01, render02, render03): [texturesys] unable to"
                        + " find texture \"<path>\"\n")
                .contains("2. 3 reports, 3 tasks, 1 machine (render07): CUDA error: Out of memory in"
                        + " cuMemAlloc_v2(&device_pointer, bytes), line <n>  <- explain this one")
                .contains("Crashy's machine check for it: Likely the machine, not your scene: render07 fails")
                .contains("Error text of one report (render07):\nCUDA error: Out of memory in cuMemAlloc_v2");
        assertThat(evidence.fingerprint()).isEqualTo(groups.get(1).fingerprint());
    }

    @Test
    void redactsCredentialsFromTheLogBeforeAnythingIsShown() {
        List<ErrorGroup> groups = groups();
        String contents = FullReports.arnoldMissingTexture("render03", 10);

        Evidence evidence = Evidence.of(groups.get(0), groups, attribution(groups.get(0)), contents);

        assertThat(contents).contains(FullReports.SECRETS);
        FullReports.SECRETS.forEach(secret -> assertThat(evidence.text()).doesNotContain(secret));
        assertThat(evidence.text())
                .contains("Authorization: " + Redaction.MARK)
                .contains("AWS_ACCESS_KEY_ID=" + Redaction.MARK);
    }

    @Test
    void staysWithinItsTokenBudgetWhateverTheLogLooksLike() {
        List<ErrorGroup> groups = groups();
        String longLines =
                FullReports.withError("Error: " + "x".repeat(5000), "render03", 50, "ERROR | " + "y".repeat(10_000));

        Evidence evidence = Evidence.of(groups.get(0), groups, attribution(groups.get(0)), longLines);
        Evidence direct = new Evidence(groups.get(0).fingerprint(), "z".repeat(20_000));

        assertThat(evidence.tokens()).isLessThanOrEqualTo(Evidence.MAX_TOKENS);
        assertThat(direct.tokens()).isLessThanOrEqualTo(Evidence.MAX_TOKENS);
        assertThat(Evidence.MAX_TOKENS + Evidence.INSTRUCTION_ALLOWANCE).isEqualTo(1500);
    }

    @Test
    void fallsBackToTheHeadlineWhenTheReportCouldNotBeFetched() {
        List<ErrorGroup> groups = groups();

        Evidence evidence = Evidence.of(groups.get(0), groups, attribution(groups.get(0)), "");

        assertThat(evidence.text())
                .contains("Error text of one report (render01):\n[texturesys] unable to find texture")
                .doesNotContain("Log lines around the first error");
    }

    @Test
    void estimatesAboutFourCharactersPerToken() {
        assertThat(Tokens.estimate("")).isZero();
        assertThat(Tokens.estimate("abcd")).isEqualTo(1);
        assertThat(Tokens.estimate("abcde")).isEqualTo(2);
    }

    private static List<ErrorGroup> groups() {
        List<ErrorReport> reports =
                new ArrayList<>(Reports.onEveryTask(CrashTexts.ARNOLD_TEXTURE, 12, "render01", "render02", "render03"));
        for (int i = 0; i < 3; i++) {
            reports.add(report("gpu" + i, 20 + i, "render07", 30 + i, CrashTexts.BLENDER_CUDA_OOM));
        }
        return ErrorGroups.of(reports, TASKS);
    }

    private static Attribution attribution(ErrorGroup group) {
        return Attribution.of(group, TASKS);
    }
}
