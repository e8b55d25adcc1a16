package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RuleBasedSummariesTest {
    static final List<String> MISSING_FILES = List.of(
            CrashTexts.ARNOLD_TEXTURE,
            CrashTexts.ARNOLD_TEXTURE_TAGGED,
            CrashTexts.BLENDER_MISSING_FILE,
            CrashTexts.NUKE_MISSING_PLATE,
            "Error: Unable to open file: /mnt/projects/orca/fx/cache/ocean_v003.0112.bgeo.sc",
            "Error: Reference file not found: \"/mnt/projects/orca/assets/ship/ship_rig_v021.ma\"",
            "[2025/Mar/14|10:22:01] V-Ray error: Cannot find file \"X:\\orca\\tex\\hull_diffuse.exr\"",
            "Redshift Error: Texture file 'T:/orca/tex/deck.exr' could not be opened",
            "Error: Could not find a part of the path '\\\\fileserver\\orca\\shots\\sh010\\out'."
                    + " (System.IO.DirectoryNotFoundException)");

    static final List<String> LICENCES = List.of(
            CrashTexts.VRAY_LICENCE,
            CrashTexts.VRAY_LICENCE_STANDALONE,
            CrashTexts.HOUDINI_LICENCE,
            "Redshift Error: Failed to acquire a license for redshift-core. Please make sure the license server is"
                    + " running",
            "00:00:01   211MB ERROR   | [license] could not check out a license for arnold, aborting render",
            "Foundry License Utility: No license available for nuke_r (RLM error -1)",
            "Error: Autodesk licensing: unable to obtain a license for maya. The license server timed out");

    static final List<String> GPU_OUT_OF_MEMORY = List.of(
            CrashTexts.REDSHIFT_VRAM,
            CrashTexts.BLENDER_CUDA_OOM,
            "Error: System is out of GPU memory",
            "00:02:11  9812MB ERROR   | [gpu] cudaErrorMemoryAllocation while uploading 2.1 GB of geometry",
            "Redshift Error: CUDA error 2 (CUDA_ERROR_OUT_OF_MEMORY) on device 0",
            "CUDA error 2 on device 0: out of memory");

    static final List<String> OUT_OF_MEMORY = List.of(
            "Error: std::bad_alloc",
            "00:04:51 61233MB ERROR   | [memory] out of memory while allocating 4.2 GB for the BVH",
            "Error: Unable to allocate 18.6 GB of memory (Cannot allocate memory)",
            "Error: Renderer returned non-zero error code, 137. Check the log for more information.",
            "MemoryError");

    static final List<String> MISSING_PLUGINS = List.of(
            CrashTexts.BLENDER_EXECUTABLE,
            CrashTexts.MAYA_PROCEDURE,
            "Error: Plug-in 'mtoa' could not be loaded: The specified module could not be found.",
            "Error: Unknown operator type: Object/Redshift_ROP",
            "Error: Unknown command: OFXcom.genarts.sapphire.blur_v1",
            "'hython' is not recognized as an internal or external command, operable program or batch file.",
            "ModuleNotFoundError: No module named 'orca_pipeline'");

    static final List<String> TIMEOUTS = List.of(
            CrashTexts.DEADLINE_TIMEOUT,
            "Error: The Worker's task timeout of 3600 seconds was exceeded",
            "Error: Task timed out after 02:00:00",
            "Error: RenderTimeoutException : The render exceeded the maximum render time of 90 minutes");

    static final List<String> FULL_DISKS = List.of(
            CrashTexts.WINDOWS_DISK_FULL,
            "OSError: [Errno 28] No space left on device: '/tmp/houdini_temp/ocean.bgeo.sc'",
            "Write1: Error writing /mnt/renders/orca/sh010/comp.1012.exr: No space left on device",
            "00:10:02  3120MB ERROR   | [driver_exr] disk full while writing beauty.0012.exr");

    static final List<String> CRASHES = List.of(
            CrashTexts.ACCESS_VIOLATION,
            CrashTexts.SEGFAULT,
            "Error: Unhandled exception: EXCEPTION_ACCESS_VIOLATION (0xC0000005) at 0x00007FF6A1B2C3D4 in Maya.exe",
            "Fatal Error. Attempting to save in C:/Users/render/AppData/Local/Temp/alice.20250314.1022.ma",
            "Error: Access violation at address 00007FFB12345678 in module 'redshift-core.dll'",
            "/opt/blender/blender: line 3: 4821 Segmentation fault (core dumped)",
            "Error: Monitored managed process \"Maya\" exited with code 139");

    @ParameterizedTest
    @FieldSource("MISSING_FILES")
    void recognisesAMissingFileOrTexture(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.MISSING_FILE);
    }

    @ParameterizedTest
    @FieldSource("LICENCES")
    void recognisesAnUnavailableLicence(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.LICENCE);
    }

    @ParameterizedTest
    @FieldSource("GPU_OUT_OF_MEMORY")
    void recognisesAGraphicsCardOutOfMemory(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.GPU_OUT_OF_MEMORY);
    }

    @ParameterizedTest
    @FieldSource("OUT_OF_MEMORY")
    void recognisesAMachineOutOfMemory(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.OUT_OF_MEMORY);
    }

    @ParameterizedTest
    @FieldSource("MISSING_PLUGINS")
    void recognisesAMissingPluginScriptOrExecutable(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.MISSING_PLUGIN);
    }

    @ParameterizedTest
    @FieldSource("TIMEOUTS")
    void recognisesATaskTimeout(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.TIMEOUT);
    }

    @ParameterizedTest
    @FieldSource("FULL_DISKS")
    void recognisesAFullDisk(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.DISK_FULL);
    }

    @ParameterizedTest
    @FieldSource("CRASHES")
    void recognisesACrash(String message) {
        assertThat(summaryOf(message).kind()).isEqualTo(CrashKind.CRASH);
    }

    @Test
    void namesTheMissingPathSoTheArtistCanCheckIt() {
        RuleSummary summary = summaryOf(CrashTexts.ARNOLD_TEXTURE);

        assertThat(summary.text())
                .isEqualTo("A file the scene needs could not be found or read:"
                        + " /mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx. Try: check that the path exists"
                        + " and is on shared storage the farm can reach (not a local drive), then requeue.");
        assertThat(summaryOf(CrashTexts.NUKE_MISSING_PLATE).happened())
                .contains("/mnt/projects/orca/comp/plates/sh010_plate.1012.exr");
    }

    @Test
    void namesTheMissingPluginFromItsLine() {
        assertThat(summaryOf(CrashTexts.MAYA_PROCEDURE).happened())
                .isEqualTo(
                        "A plugin, script or program the job needs is missing on the render machine: file:"
                                + " /mnt/pipeline/maya/scripts/preRender.mel line 12: Cannot find procedure \"orcaSetupAovs\".");
    }

    @Test
    void fallsBackToTheFirstErrorLineForAnythingElse() {
        RuleSummary summary = summaryOf("Error: Scene contains no renderable cameras.\n   at Deadline.Plugins...");

        assertThat(summary.kind()).isEqualTo(CrashKind.OTHER);
        assertThat(summary.happened()).isEqualTo("The render failed: Scene contains no renderable cameras.");
        assertThat(summary.advice()).startsWith("open the error report in the Deadline Monitor");
    }

    @Test
    void cutsAVeryLongFirstLine() {
        RuleSummary summary = summaryOf("Error: " + "the scene graph is inconsistent ".repeat(20));

        assertThat(summary.happened()).hasSizeLessThan(200).endsWith("….");
    }

    private static RuleSummary summaryOf(String message) {
        return RuleBasedSummaries.of(Headline.of(message));
    }
}
