package crashy.simulator;

import java.time.Duration;
import java.util.List;

/** The hand-written jobs of the demo farm, each telling one part of the story a newcomer should see. */
final class DemoJobs {
    private DemoJobs() {}

    /** Submitted ten minutes before the demo starts, so the farm is busy when Crashy first looks. */
    static List<JobSpec> running() {
        JobSpec lighting = JobSpec.named("sq010_sh0040_lighting_v012.ma - masterLayer")
                .withBatch("sq010_sh0040_lighting_v012.ma")
                .withUser("alice")
                .withPlugin("MayaBatch")
                .withPoolAndGroup("maya", "cpu_64gb")
                .withFrames(1001, 1200, 1)
                .withTaskDuration(Duration.ofSeconds(45))
                .withErrors(0.02, ErrorKind.MISSING_FILE)
                .withOutput("/renders/alice/sq010_sh0040/lighting/v012", "sq010_sh0040_masterLayer.####.exr");
        JobSpec lookdev = JobSpec.named("sq020_sh0110_lookdev_v009.rs")
                .withUser("carol")
                .withPlugin("Redshift")
                .withPoolAndGroup("gpu", "gpu_rtx")
                .withFrames(1001, 1048, 1)
                .withTaskDuration(Duration.ofSeconds(35))
                .withOutput("/renders/carol/sq020_sh0110/lookdev/v009", "sq020_sh0110_lookdev.####.exr");
        JobSpec slapComp = JobSpec.named("sq020_sh0110_slapcomp_v001.nk")
                .withUser("carol")
                .withPlugin("Nuke")
                .withPoolAndGroup("nuke", "none")
                .withFrames(1001, 1048, 8)
                .withTaskDuration(Duration.ofSeconds(20))
                .withInitialStatus(JobStatus.PENDING)
                .withOutput("/renders/carol/sq020_sh0110/comp/v001", "sq020_sh0110_slapcomp_v001.%04d.exr");
        JobSpec pyro = JobSpec.named("sq030_sh0200_fx_pyro_v005.hip - /out/karma_beauty")
                .withBatch("sq030_sh0200_fx_pyro_v005.hip")
                .withUser("bob")
                .withPlugin("Houdini")
                .withPoolAndGroup("houdini", "cpu_64gb")
                .withFrames(1001, 1100, 1)
                .withTaskDuration(Duration.ofSeconds(90))
                .withPriority(40)
                .withOutput("/renders/bob/sq030_sh0200/fx/v005", "sq030_sh0200_pyro.####.exr");
        JobSpec environment = JobSpec.named("sq050_sh0030_env_v004.vrscene")
                .withUser("farid")
                .withPlugin("VRay")
                .withPoolAndGroup("vray", "cpu_64gb")
                .withFrames(1001, 1010, 1)
                .withTaskDuration(Duration.ofSeconds(60))
                .withInitialStatus(JobStatus.SUSPENDED)
                .withOutput("/renders/farid/sq050_sh0030/env/v004", "sq050_sh0030_env.####.exr");
        // The pending comp follows the look-dev render it depends on.
        return List.of(lighting, pyro, environment, lookdev, slapComp);
    }

    /** Crashes on every attempt: errors show within seconds, the job fails about a minute later. */
    static JobSpec crashing() {
        return JobSpec.named("sq040_sh0010_layout_v002.blend")
                .withUser("emma")
                .withPlugin("Blender")
                .withPoolAndGroup("blender", "none")
                .withFrames(1001, 1002, 1)
                .withTaskDuration(Duration.ofSeconds(16))
                .withPriority(90)
                .withErrors(1.0, ErrorKind.CRASH)
                .withOutput("/renders/emma/sq040_sh0010/layout/v002", "sq040_sh0010_layout.####.exr");
    }

    /**
     * A short comp of the same artist: starts, renders a first frame and completes within the first two minutes, so
     * the demo's artist gets a finished DM with a contact sheet of its frames too.
     */
    static JobSpec quickComp() {
        return JobSpec.named("sq010_sh0040_comp_v003.nk")
                .withUser("emma")
                .withPlugin("Nuke")
                .withPoolAndGroup("nuke", "none")
                .withFrames(1001, 1024, 1)
                .withTaskDuration(Duration.ofSeconds(10))
                .withPriority(70)
                .withOutput("/renders/emma/sq010_sh0040/comp/v003", "sq010_sh0040_comp_v003.%04d.exr");
    }
}
