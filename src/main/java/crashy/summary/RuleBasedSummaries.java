package crashy.summary;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the failures every farm sees (missing files, licences, memory, plugins, timeouts, full disks, crashes) from
 * the words Arnold, V-Ray, Redshift, Blender, Maya, Houdini, Nuke and Deadline use for them, instantly and for free;
 * anything else gets a generic text around its first error line.
 */
public final class RuleBasedSummaries {
    private static final int MAX_DETAIL = 160;

    private record Rule(CrashKind kind, Pattern pattern, String happened, String advice) {
        Rule(CrashKind kind, String regex, String happened, String advice) {
            this(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), happened, advice);
        }
    }

    // Order matters: a full disk or a licence server timing out must not read as a missing file or a timeout.
    private static final List<Rule> RULES = List.of(
            new Rule(
                    CrashKind.DISK_FULL,
                    "not enough space on the disk|no space left on device|disk (?:is )?full|insufficient disk space"
                            + "|out of disk space|ENOSPC|errno 28|disk quota exceeded",
                    "The machine ran out of disk space while rendering.",
                    "free space on the output drive (or the machine's temp drive) or render somewhere else, then"
                            + " requeue the failed tasks."),
            new Rule(
                    CrashKind.GPU_OUT_OF_MEMORY,
                    "out of (?:gpu |video |device )?(?:vram|gpu memory|video memory|device memory)|cuda(?: error)?:?"
                            + " out of memory|CUDA_ERROR_OUT_OF_MEMORY|cudaErrorMemoryAllocation|(?:gpu|vram|device)"
                            + ".{0,40}out of memory|out of memory.{0,40}(?:gpu|vram|cuda)",
                    "The graphics card ran out of memory (VRAM).",
                    "reduce texture sizes and subdivision, turn on out-of-core or tiled textures if the renderer has"
                            + " them, or send the job to machines with bigger GPUs."),
            new Rule(
                    CrashKind.OUT_OF_MEMORY,
                    "out of memory|OutOfMemory|bad_alloc|MemoryError|cannot allocate memory|memory allocation"
                            + " (?:failed|error)|unable to allocate|insufficient memory|not enough memory|oom[- ]kill"
                            + "|(?:exit(?:ed with)?|error|return) code,?:? 137\\b",
                    "The machine ran out of memory (RAM).",
                    "lower the memory the scene needs (subdivision, caches, texture cache size) or send the job to"
                            + " machines with more RAM."),
            new Rule(
                    CrashKind.LICENCE,
                    "licen[cs]e|\\bRLM\\b|FLEXlm|sesinetd",
                    "The renderer could not get a licence.",
                    "this is not your scene: requeue when licences are free, and tell the farm admins if it keeps"
                            + " happening."),
            new Rule(
                    CrashKind.MISSING_PLUGIN,
                    "executable was not found|(?:executable|binary|program) (?:was )?not found|could not find (?:the"
                            + " )?(?:render )?executable|is not recognized as an internal or external command|command"
                            + " not found|(?:plug-?in|add-?on) .{0,60}(?:not found|could not be loaded|failed to load"
                            + "|not loaded|missing)|(?:unable|failed) to load (?:the )?(?:plug-?in|module|library)"
                            + "|cannot find procedure|no module named|unknown (?:command|node (?:type|class)|operator"
                            + " type|plug-?in)",
                    "A plugin, script or program the job needs is missing on the render machine: %s.",
                    "check that the plugin and version the scene uses are installed on the farm and that the job's"
                            + " plugin settings point to them; ask the farm admins if not."),
            new Rule(
                    CrashKind.MISSING_FILE,
                    "no such file or directory|(?:cannot|can't|unable to|could not|couldn't|failed to) (?:find|open"
                            + "|read|load|locate) (?:the )?(?:file|texture|image|scene|cache|reference|asset)"
                            + "|(?:file|texture|image).{0,200}(?:not found|does not exist|could not be (?:opened|found"
                            + "|read|loaded))|file ?not ?found|does not exist|could not find a part of the path"
                            + "|missing (?:file|texture|image|reference|asset)|error reading|errno 2\\b",
                    "A file the scene needs could not be found or read: %s.",
                    "check that the path exists and is on shared storage the farm can reach (not a local drive), then"
                            + " requeue."),
            new Rule(
                    CrashKind.TIMEOUT,
                    "exceeded (?:its|the) (?:maximum )?(?:render |task )?(?:timeout|time)|timeout.{0,40}exceeded"
                            + "|timed out|time ?limit",
                    "The task ran longer than the job allows and was stopped.",
                    "render fewer frames per task, optimise the slow frames, or raise the task timeout in the job"
                            + " properties."),
            new Rule(
                    CrashKind.CRASH,
                    "access violation|c0000005|-1073741819|3221225477|-1073740791|3221226505|-1073741571|3221225725"
                            + "|segmentation fault|segfault|SIGSEGV|SIGABRT|SIGBUS|caught signal (?:6|7|11)\\b|core"
                            + " dumped|crashed|has stopped working|unhandled exception|fatal error|stack overflow"
                            + "|abnormal (?:program )?termination|(?:exit(?:ed with)?|error|return) code,?:? (?:134|139)\\b",
                    "The renderer crashed.",
                    "requeue once; if the same frames crash again, simplify the scene around them or update the"
                            + " plugin; if only one machine crashes, that machine is suspect."));

    private static final Pattern QUOTED_PATH =
            Pattern.compile("[\"'“‘`]((?:[A-Za-z]:[\\\\/]|\\\\\\\\|~?/|[a-z][a-z0-9+.-]*://)[^\"'”’`]+)");
    private static final Pattern BARE_PATH =
            Pattern.compile("(?<!\\w)[A-Za-z]:[\\\\/][^\\s\"'<>|:]+|\\\\\\\\[^\\s\"'<>|:]+"
                    + "|(?<![\\w.:/<>-])/(?:[\\w.@+%,=#-]+/)+[\\w.@+%,=#-]*[\\w#]");

    private RuleBasedSummaries() {}

    /** The summary of an error from its meaningful line (see {@link ErrorGroup#headline()}). */
    public static RuleSummary of(String headline) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(headline).find()) {
                return new RuleSummary(
                        rule.kind(), rule.happened().formatted(detail(rule.kind(), headline)), rule.advice());
            }
        }
        return new RuleSummary(
                CrashKind.OTHER,
                "The render failed: " + (headline.isBlank() ? "no error text" : detail(CrashKind.OTHER, headline))
                        + ".",
                "open the error report in the Deadline Monitor, fix what it names, then requeue the failed tasks.");
    }

    public static RuleSummary of(ErrorGroup group) {
        return of(group.headline());
    }

    /** For a missing file the path is what the artist needs; otherwise the line itself. */
    private static String detail(CrashKind kind, String headline) {
        if (kind == CrashKind.MISSING_FILE) {
            Matcher quoted = QUOTED_PATH.matcher(headline);
            if (quoted.find()) {
                return cut(quoted.group(1));
            }
            Matcher bare = BARE_PATH.matcher(headline);
            if (bare.find()) {
                return cut(bare.group());
            }
        }
        return cut(headline.replaceAll("[.\\s]+$", ""));
    }

    private static String cut(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }
}
