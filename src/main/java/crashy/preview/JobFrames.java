package crashy.preview;

import crashy.job.Task;
import crashy.job.TaskState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The frames of one job as far as Crashy knows them: all of them, those whose tasks completed and those whose tasks
 * failed, from the job's tasks; or, when the farm could not say, whatever is on disk.
 */
record JobFrames(List<Integer> all, Set<Integer> done, Set<Integer> failed) {
    JobFrames {
        all = List.copyOf(all);
        done = Set.copyOf(done);
        failed = Set.copyOf(failed);
    }

    static JobFrames of(List<Task> tasks) {
        TreeSet<Integer> all = new TreeSet<>();
        TreeSet<Integer> done = new TreeSet<>();
        TreeSet<Integer> failed = new TreeSet<>();
        for (Task task : tasks) {
            List<Integer> frames;
            try {
                frames = FrameRange.parse(task.frames());
            } catch (IllegalArgumentException unreadable) {
                continue;
            }
            all.addAll(frames);
            if (task.state() == TaskState.COMPLETED) {
                done.addAll(frames);
            } else if (task.state() == TaskState.FAILED) {
                failed.addAll(frames);
            }
        }
        return new JobFrames(List.copyOf(all), done, failed);
    }

    static JobFrames onDisk(SortedMap<Integer, Path> files) {
        return new JobFrames(List.copyOf(files.keySet()), files.keySet(), Set.of());
    }

    /** The rendered frames in order. */
    List<Integer> rendered() {
        return all.stream().filter(done::contains).toList();
    }

    /**
     * The frames a contact sheet spreads over: from the first frame to the last one that finished one way or the
     * other, so a sheet of a running job shows what rendered so far and a failed frame shows where it failed.
     */
    List<Integer> sheetRange() {
        int last = all.stream()
                .filter(frame -> done.contains(frame) || failed.contains(frame))
                .reduce((a, b) -> b)
                .orElse(Integer.MIN_VALUE);
        return all.stream().filter(frame -> frame <= last).toList();
    }
}
