package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorFingerprintTest {
    private static final List<String> WORKERS = List.of("render07", "render12", "ws-dcv-a-00");

    @Test
    void givesTheSameErrorOnOtherFramesFilesAndTimesTheSameFingerprint() {
        ErrorFingerprint first = ErrorFingerprint.of(CrashTexts.ARNOLD_TEXTURE, WORKERS);
        ErrorFingerprint otherFrame = ErrorFingerprint.of(CrashTexts.ARNOLD_TEXTURE_OTHER_FRAME, WORKERS);
        ErrorFingerprint otherLogFormat = ErrorFingerprint.of(CrashTexts.ARNOLD_TEXTURE_TAGGED, WORKERS);

        assertThat(otherFrame).isEqualTo(first);
        assertThat(otherLogFormat).isEqualTo(first);
        assertThat(first.text()).isEqualTo("[texturesys] unable to find texture \"<path>\"");
    }

    @Test
    void treatsWindowsUncAndPosixPathsAlike() {
        List<String> messages = List.of(
                "Error: Cannot read file \"/mnt/projects/orca/assets/ship_v012.blend\": No such file or directory",
                "Error: Cannot read file \"P:\\orca\\assets\\ship_v013.blend\": No such file or directory",
                "Error: Cannot read file \"\\\\fileserver\\projects$\\orca\\assets\\ship_v014.blend\": No such file"
                        + " or directory",
                "Error: Cannot read file 'C:/Users/alice/Documents/ship v2.blend': No such file or directory");

        assertThat(hashes(messages)).hasSize(1);
        assertThat(ErrorFingerprint.of(messages.get(0), WORKERS).text())
                .isEqualTo("Cannot read file \"<path>\": No such file or directory");
    }

    @Test
    void replacesUnquotedPathsWithSpacesInWindowsFolders() {
        String text = ErrorFingerprint.normalise(
                "Cannot open C:\\Program Files\\Autodesk\\Maya2024\\bin\\plug-ins\\mtoa.mll for reading", WORKERS);

        assertThat(text).isEqualTo("Cannot open <path> for reading");
    }

    @Test
    void replacesTheNamesOfTheFarmsMachinesWhereverTheyAppear() {
        ErrorFingerprint onSeven =
                ErrorFingerprint.of("Error: Worker render07 lost its connection to the license" + " server", WORKERS);
        ErrorFingerprint onTwelve =
                ErrorFingerprint.of("Error: Worker RENDER12 lost its connection to the license" + " server", WORKERS);

        assertThat(onTwelve.hash()).isEqualTo(onSeven.hash());
        assertThat(onSeven.text()).isEqualTo("Worker <worker> lost its connection to the license server");
    }

    @Test
    void replacesNumbersIdsAddressesGuidsTimesAndPaddedFrameTokens() {
        String text = ErrorFingerprint.normalise(
                "2025-03-14 10:21:33 frame 1012 of job 60ae9508f69eb6110034df45 at 0x7ffb3a2c1fe7 for"
                        + " {3f2504e0-4f89-11d3-9a0c-0305e82c3301} writing beauty.####.exr and beauty.%04d.exr"
                        + " from 10.0.4.12:30304 at 13:52:24",
                WORKERS);

        assertThat(text)
                .isEqualTo("<time> frame <n> of job <hex> at <hex> for {<guid>} writing beauty.<frame>.exr and"
                        + " beauty.<frame>.exr from <ip> at <time>");
    }

    @Test
    void replacesQuotedValuesButKeepsApostrophesInWords() {
        String text = ErrorFingerprint.normalise("Can't find node 'Read12' in group “Comp_main”", WORKERS);

        assertThat(text).isEqualTo("Can't find node \"<value>\" in group \"<value>\"");
    }

    @Test
    void keepsExitCodesAndSignalsBecauseTheyTellCrashesApart() {
        ErrorFingerprint accessViolation = ErrorFingerprint.of(CrashTexts.ACCESS_VIOLATION, WORKERS);
        ErrorFingerprint plainFailure = ErrorFingerprint.of(
                "Error: Renderer returned non-zero error code, 1. Check the log for more information.", WORKERS);

        assertThat(accessViolation.text()).contains("-1073741819");
        assertThat(accessViolation.hash()).isNotEqualTo(plainFailure.hash());
        assertThat(ErrorFingerprint.of(CrashTexts.SEGFAULT, WORKERS).text()).contains("signal 11");
    }

    @Test
    void stripsErrorAndExceptionPrefixesAndSkipsStackFrames() {
        ErrorFingerprint wrapped = ErrorFingerprint.of(CrashTexts.BLENDER_EXECUTABLE, WORKERS);
        ErrorFingerprint bare = ErrorFingerprint.of(
                "Blender render executable was not found in the semicolon separated list \"/opt/blender/blender\"."
                        + " The path to the render executable can be configured from the Plugin Configuration in the"
                        + " Deadline Monitor.",
                WORKERS);

        assertThat(wrapped.hash()).isEqualTo(bare.hash());
        assertThat(wrapped.text()).startsWith("Blender render executable was not found");
    }

    @Test
    void findsTheMeaningfulLineAfterRulersAndBareErrorLines() {
        String message = "=======================================================\nError\n"
                + "=======================================================\n"
                + "2025-11-19 13:52:24:  0: STDOUT: Error: Cannot read file \"/mnt/a/b.blend\": No such file or"
                + " directory\n";

        assertThat(ErrorFingerprint.of(message, WORKERS).text())
                .isEqualTo("Cannot read file \"<path>\": No such file or directory");
    }

    @Test
    void takesTheExceptionLineOfAPythonTraceback() {
        assertThat(ErrorFingerprint.of(CrashTexts.PYTHON_TRACEBACK, WORKERS).text())
                .isEqualTo("KeyError: \"<value>\"");
    }

    @Test
    void givesDifferentErrorsDifferentFingerprints() {
        List<String> messages = List.of(
                CrashTexts.ARNOLD_TEXTURE,
                CrashTexts.VRAY_LICENCE,
                CrashTexts.REDSHIFT_VRAM,
                CrashTexts.BLENDER_MISSING_FILE,
                CrashTexts.BLENDER_CUDA_OOM,
                CrashTexts.BLENDER_EXECUTABLE,
                CrashTexts.MAYA_PROCEDURE,
                CrashTexts.HOUDINI_LICENCE,
                CrashTexts.NUKE_MISSING_PLATE,
                CrashTexts.DEADLINE_TIMEOUT,
                CrashTexts.WINDOWS_DISK_FULL,
                CrashTexts.ACCESS_VIOLATION,
                CrashTexts.SEGFAULT,
                CrashTexts.PYTHON_TRACEBACK);

        assertThat(hashes(messages)).hasSize(messages.size());
    }

    @Test
    void hashesToTwelveStableHexDigits() {
        ErrorFingerprint fingerprint = ErrorFingerprint.of(CrashTexts.VRAY_LICENCE, WORKERS);

        assertThat(fingerprint.hash()).matches("[0-9a-f]{12}");
        assertThat(ErrorFingerprint.of(CrashTexts.VRAY_LICENCE_STANDALONE, WORKERS)
                        .text())
                .isEqualTo(
                        "[<time>|<time>] V-Ray error: Could not obtain a license (<n>). Check that the license server"
                                + " at <ip> is running.");
        assertThat(ErrorFingerprint.of(CrashTexts.VRAY_LICENCE, List.of()).hash())
                .isEqualTo(fingerprint.hash());
    }

    private static Set<String> hashes(List<String> messages) {
        return messages.stream()
                .map(message -> ErrorFingerprint.of(message, WORKERS).hash())
                .collect(Collectors.toSet());
    }
}
