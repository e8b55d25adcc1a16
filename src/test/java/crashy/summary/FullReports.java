package crashy.summary;

import java.util.List;

/**
 * Full report texts as the Deadline Monitor shows them (error, type, stack trace and the whole render log), written
 * for tests: long, repetitive, and with the one line that matters somewhere in the middle.
 */
final class FullReports {
    static final String PASSWORD = "Hunter2!orca";
    static final String SECRET_LINES = "0: INFO: Mounting https://render:" + PASSWORD + "@fileserver.orca.local/share\n"
            + "2026-03-14 10:02:11:  0: STDOUT: [pipeline] db login password=" + PASSWORD + " user=pipeline\n"
            + "2026-03-14 10:02:11:  0: STDOUT: [pipeline] Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZW5kZXIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ\n"
            + "2026-03-14 10:02:11:  0: STDOUT: [pipeline] AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE";
    static final List<String> SECRETS = List.of(
            PASSWORD, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZW5kZXIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ", "AKIAIOSFODNN7EXAMPLE");

    private FullReports() {}

    /** An Arnold render that logs {@code fillerLines} lines of progress, then cannot find a texture. */
    static String arnoldMissingTexture(String worker, int fillerLines) {
        return withError(
                CrashTexts.ARNOLD_TEXTURE,
                worker,
                fillerLines,
                "00:00:04  1834MB ERROR   | [texturesys] unable to find texture"
                        + " \"/mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx\"");
    }

    /** A report whose log ends in {@code errorLine} after {@code fillerLines} lines of ordinary output. */
    static String withError(String title, String worker, int fillerLines, String errorLine) {
        StringBuilder log = new StringBuilder();
        log.append(section("Error"))
                .append(title)
                .append("\n  File \"/mnt/site/deadline/plugins/MayaBatch/MayaBatch.py\", line 1402, in HandleError\n")
                .append("    self.FailRender(line)\n\n")
                .append(section("Type"))
                .append("RenderPluginException\n\n")
                .append(section("Stack Trace"))
                .append("   at Deadline.Plugins.SandboxedPlugin.d(DeadlineMessage bgt, CancellationToken bgu)\n")
                .append("   at Deadline.Plugins.SandboxedPlugin.RenderTask(Task task, CancellationToken token)\n\n")
                .append(section("Log"))
                .append(line("0: Loading Job's Plugin timeout is Disabled"))
                .append(line("0: Executing plugin command of type 'Start Job'"))
                .append(line("0: INFO: Rendering with Maya version 2024.2"))
                .append(line("0: STDOUT: 00:00:00   312MB         | log started Sat Mar 14 10:00:04 2026"))
                .append(line("0: STDOUT: 00:00:00   312MB         | Arnold 7.3.1.0 [3f2a1b0c] linux x86_64 clang-15"
                        + " oiio-2.5.9 osl-1.13.5 vdb-11.0.0 rlm-15.2.5.1 2024/01/15 09:12:33"))
                .append(line("0: STDOUT: 00:00:00   312MB         | running on " + worker + ", pid=48211"));
        for (int i = 0; i < fillerLines; i++) {
            log.append(line("0: STDOUT: 00:00:%02d  %4dMB         | [texturesys] read tile %d of bucket %d (%d KB)"
                    .formatted(i % 60, 400 + i % 900, i, i / 16, 64 + i % 200)));
            if (i % 97 == 0) {
                String warning = "0: STDOUT: 00:00:%02d  %4dMB WARNING | [mtoa] aiStandardSurface1: attribute"
                        + " 'subsurface_type' has no value, using the default";
                log.append(line(warning.formatted(i % 60, 400 + i % 900)));
            }
        }
        log.append(line("0: STDOUT: 00:00:03  1830MB WARNING | [texturesys] texture file hull_diffuse.1001.tx is"
                        + " not tiled, auto-tx is off"))
                .append("2026-03-14 10:02:11:  ")
                .append(SECRET_LINES)
                .append('\n')
                .append(line("0: STDOUT: " + errorLine))
                .append(line("0: STDOUT: 00:00:04  1834MB ERROR   | render aborted by the user or an error"))
                .append(line("0: STDOUT: 00:00:04  1834MB         | releasing resources"))
                .append(line("0: STDOUT: 00:00:04  1834MB         | Arnold shutdown"))
                .append(line("0: INFO: Process exit code: 1"))
                .append(line("0: Done executing plugin command of type 'Render Task'"));
        return log.toString();
    }

    private static String section(String title) {
        String ruler = "=======================================================\n";
        return ruler + title + "\n" + ruler;
    }

    private static String line(String text) {
        return "2026-03-14 10:01:07:  " + text + "\n";
    }
}
