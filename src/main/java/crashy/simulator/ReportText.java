package crashy.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the title and the full text of a report the way the Monitor shows them: "Error", "Type", "Stack Trace",
 * "Log", "Details" and "Worker Information" sections between rulers, the log in the worker's
 * {@code 2025-11-19 13:52:24:  0: STDOUT: …} format. Made on demand from the stored {@link Report}.
 */
final class ReportText {
    private static final Pattern EXIT_CODE = Pattern.compile("error code, (-?\\d+)");
    private static final String RULER = "=======================================================";
    private static final String WRAPPER =
            "   at Deadline.Plugins.PluginWrapper.RenderTasks(Task task, String& outMessage,"
                    + " AbortLevel& abortLevel)";

    private final JobDefinition job;
    private final Report report;
    private final @Nullable SimWorker worker;
    private final String workerName;
    private final int frame;

    ReportText(JobDefinition job, Report report, @Nullable SimWorker worker) {
        this.job = job;
        this.report = report;
        this.worker = worker;
        this.workerName = worker == null ? "" : worker.name;
        this.frame = report.task() < 0 ? job.spec().firstFrame() : job.firstFrameOf(report.task());
    }

    String title() {
        if (report.type() == ReportType.LOG) {
            return "";
        }
        if (report.type() == ReportType.REQUEUE) {
            return "Task requeued: the Worker " + workerName + " stopped rendering it (it went offline or stalled).";
        }
        if (report.customTitle() != null) {
            return report.customTitle();
        }
        RendererError error = errorEntry();
        String message = fill(error.message());
        return switch (error.style()) {
            case STDOUT ->
                "Error: FailRenderException : " + message + "\n" + pythonStack("HandleStdoutError", 412)
                        + "\n   at FranticX.Processes.ManagedProcess.RegexHandlerCallback.CallFunction()"
                        + "\n   at FranticX.Processes.ManagedProcess.Execute(Boolean waitForExit)\n" + WRAPPER;
            case PLUGIN ->
                "Error: FailRenderException : " + message + "\n" + pythonStack("RenderExecutable", 72)
                        + "\n   at FranticX.Processes.ManagedProcess.RenderExecutable()"
                        + "\n   at Deadline.Plugins.DeadlinePlugin.RenderExecutable()"
                        + "\n   at FranticX.Processes.ManagedProcess.Execute(Boolean waitForExit)\n" + WRAPPER;
            case EXIT -> "Error: " + message + "\n" + WRAPPER;
            case WORKER ->
                "Error: " + message
                        + "\n   at Deadline.Slaves.SlaveRenderThread.c(TaskLogWriter ajq, CancellationToken ajr)";
        };
    }

    private RendererError errorEntry() {
        RendererError error = report.error();
        return error != null
                ? error
                : ErrorCatalogue.entry(job.plugin(), job.spec().errorKind());
    }

    private String pythonStack(String function, int line) {
        return "   at Deadline.Plugins.DeadlinePlugin.FailRender(String message) (Python.Runtime.PythonException)\n"
                + "  File \"/var/lib/Thinkbox/Deadline10/workers/" + workerName + "/plugins/" + job.id() + "/"
                + job.plugin() + ".py\", line " + line + ", in " + function + "\n"
                + "    self.FailRender( message )\n"
                + "   at Python.Runtime.Dispatcher.Dispatch(ArrayList args)";
    }

    String contents() {
        StringBuilder text = new StringBuilder();
        if (report.type() != ReportType.LOG) {
            String title = title();
            int firstBreak = title.indexOf('\n');
            section(text, "Error", title);
            section(text, "Type", type());
            section(text, "Stack Trace", firstBreak < 0 ? "" : title.substring(firstBreak + 1));
        }
        section(text, "Log", String.join("\n", log()));
        section(text, "Details", details());
        section(text, "Worker Information", workerInformation());
        return text.toString().stripTrailing();
    }

    private String type() {
        if (report.type() == ReportType.REQUEUE) {
            return "Requeue";
        }
        return report.customTitle() != null || errorEntry().style() != RendererError.Style.EXIT
                ? "RenderPluginException"
                : "RenderPluginException (exit code)";
    }

    private static void section(StringBuilder text, String name, String body) {
        text.append(RULER).append('\n').append(name).append('\n').append(RULER).append('\n');
        text.append(body).append("\n\n");
    }

    private List<String> log() {
        long start = report.taskStart() == SimJob.UNSET ? report.date() - 5000 : report.taskStart();
        long end = Math.max(start, report.date());
        List<String> lines = new ArrayList<>();
        line(lines, start, "0: Loading Job's Plugin timeout is Disabled");
        line(lines, start, "0: SandboxedPlugin: Render Job As User disabled, running as current user 'render'");
        line(lines, start + 1200, "0: Executing plugin command of type 'Initialize Plugin'");
        line(
                lines,
                start + 1300,
                "0: INFO: Executing plugin script '/var/lib/Thinkbox/Deadline10/workers/" + workerName + "/plugins/"
                        + job.id() + "/" + job.plugin() + ".py'");
        line(lines, start + 1400, "0: INFO: Plugin execution sandbox using Python version 3");
        line(lines, start + 1500, "0: Done executing plugin command of type 'Initialize Plugin'");
        line(lines, start + 1600, "0: Loaded job: " + job.name() + " (" + job.id() + ")");
        line(lines, start + 1700, "0: Plugin rendering frame(s): " + frames());
        line(lines, start + 1800, "0: Executing plugin command of type 'Render Task'");
        line(lines, start + 1900, "0: INFO: Rendering frame " + frame);
        if (report.type() == ReportType.ERROR && report.customTitle() == null) {
            for (String output : errorEntry().output()) {
                line(lines, end, "0: STDOUT: " + fill(output));
            }
            RendererError error = errorEntry();
            if (error.style() == RendererError.Style.STDOUT) {
                line(lines, end, "0: STDOUT: " + fill(error.message()));
            } else if (error.style() == RendererError.Style.EXIT) {
                Matcher code = EXIT_CODE.matcher(error.message());
                line(lines, end, "0: INFO: Process exit code: " + (code.find() ? code.group(1) : "1"));
            }
        } else if (report.type() == ReportType.LOG) {
            line(lines, end, "0: STDOUT: Finished rendering frame " + frame);
            line(lines, end, "0: INFO: Process exit code: 0");
            line(lines, end, "0: Done executing plugin command of type 'Render Task'");
        } else if (report.customTitle() != null) {
            line(
                    lines,
                    end,
                    "0: STDOUT: " + report.customTitle().lines().findFirst().orElse(""));
        }
        return lines;
    }

    private static void line(List<String> lines, long at, String text) {
        lines.add(DeadlineDates.log(at) + ":  " + text);
    }

    private String frames() {
        return report.task() < 0
                ? job.frames()
                : job.firstFrameOf(report.task()) + "-" + job.lastFrameOf(report.task());
    }

    private String details() {
        long renderMillis = Math.max(0, report.date() - report.taskStart());
        TaskMetrics metrics = TaskMetrics.of(report.id().hashCode(), renderMillis, machineRam());
        return "Date: " + DeadlineDates.monitor(report.date()) + "\n"
                + "Frames: " + frames() + "\n"
                + "Job Submit Date: " + DeadlineDates.monitor(job.submitted().toEpochMilli()) + "\n"
                + "Job User: " + job.user() + "\n"
                + "Average RAM Usage: " + metrics.averageRam() + " (" + metrics.averageRamPercent() + "%)\n"
                + "Peak RAM Usage: " + metrics.peakRam() + " (" + metrics.peakRamPercent() + "%)\n"
                + "Average CPU Usage: " + metrics.averageCpu() + "%\n"
                + "Peak CPU Usage: " + metrics.peakCpu() + "%\n"
                + "Used CPU Clocks (x10^6 cycles): " + metrics.usedClock() + "\n"
                + "Total CPU Clocks (x10^6 cycles): " + metrics.totalClock();
    }

    private long machineRam() {
        return worker == null ? 64L << 30 : worker.ram();
    }

    private String workerInformation() {
        if (worker == null) {
            return "Worker Name: ";
        }
        return "Worker Name: " + worker.name + "\n"
                + "Version: v10.1.20.3 Release (simulator)\n"
                + "Operating System: Rocky Linux 9.3 (Blue Onyx)\n"
                + "Machine User: render\n"
                + "IP Address: " + worker.ip() + "\n"
                + "MAC Address: " + worker.mac() + "\n"
                + "CPU Architecture: x86_64\n"
                + "CPUs: " + worker.processors() + "\n"
                + "Memory Usage: " + (worker.ram() >> 30) + " GB total\n"
                + "Video Card: " + worker.videoCard();
    }

    /** Fills the placeholders of a catalogue message with this job's scene, output and frame. */
    private String fill(String text) {
        String output = job.outputDirectory() + "/" + FrameFile.name(job.outputFile(), frame);
        return text.replace("{scene}", PluginInfo.sceneFile(job.spec()))
                .replace("{output}", output)
                .replace("{outdir}", job.outputDirectory())
                .replace("{frame}", Integer.toString(frame));
    }
}
