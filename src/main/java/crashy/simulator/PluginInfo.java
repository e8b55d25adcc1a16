package crashy.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code PlugInfo} a Deadline submitter writes for each plugin: scene file, output and renderer settings, all as
 * strings. The keys follow the ones Deadline's own submitters use, so a job's JSON is about as big as a real one.
 */
final class PluginInfo {
    private PluginInfo() {}

    static Map<String, String> of(JobSpec spec, String directory, String file) {
        String scene = sceneFile(spec);
        String output = directory + "/" + file;
        Map<String, String> info = new LinkedHashMap<>();
        switch (spec.plugin()) {
            case "MayaBatch" -> {
                put(info, "Animation", "1", "Renderer", "arnold", "UsingRenderLayers", "1", "RenderLayer", layer(spec));
                put(info, "RenderHalfFrames", "0", "FrameNumberOffset", "0", "LocalRendering", "0");
                put(info, "StrictErrorChecking", "1", "MaxProcessors", "0", "ArnoldVerbose", "2");
                put(info, "MayaToArnoldVersion", "5", "Version", "2024", "UseLegacyRenderLayers", "0");
                put(info, "Build", "64bit", "ProjectPath", "/projects/" + spec.user() + "/maya", "StartupScript", "");
                put(info, "ImageWidth", "2048", "ImageHeight", "858", "OutputFilePath", directory);
                put(info, "OutputFilePrefix", "<RenderLayer>/<Scene>", "Camera", "shotCam");
                put(info, "CountRenderableCameras", "1", "SceneFile", scene, "IgnoreError211", "0");
            }
            case "Houdini" -> {
                put(info, "SceneFile", scene, "Output", output, "IgnoreInputs", "False");
                put(info, "OutputDriver", "/out/karma_beauty", "Version", "20.5", "Build", "None");
                put(info, "GPUsPerTask", "0", "SelectGPUDevices", "");
            }
            case "Nuke" -> {
                put(info, "SceneFile", scene, "Version", "15.1", "Threads", "0", "RamUse", "0");
                put(info, "BatchMode", "True", "BatchModeIsMovie", "False", "WriteNode", "Write_EXR");
                put(info, "NukeX", "False", "UseGpu", "False", "ContinueOnError", "False");
                put(info, "PerformanceProfiler", "False", "EnforceRenderOrder", "False", "Views", "");
            }
            case "Redshift" -> {
                put(info, "SceneFile", scene, "GPUsPerTask", "0", "SelectGPUDevices", "");
                put(info, "ImageOutputDirectory", directory, "OverrideImageOutput", "", "Version", "3.6");
                put(info, "CommandLineOptions", "", "CacheDirectory", "/var/tmp/redshift/cache");
            }
            case "VRay" -> {
                put(info, "InputFilename", scene, "Threads", "0", "OutputFilename", output);
                put(info, "SeparateFilesPerFrame", "True", "VerboseLevel", "3", "DisplayWindow", "False");
                put(info, "CommandLineOptions", "", "AutocloseVFB", "True", "DisplaySRGB", "On");
            }
            case "Arnold" -> {
                put(info, "InputFile", scene, "Threads", "0", "CommandLineOptions", "", "Verbose", "4");
                put(info, "Version", "7", "LocalRendering", "False", "OutputFile", output);
            }
            default -> put(info, "SceneFile", scene, "OutputFile", output, "Threads", "0", "Build", "None");
        }
        return info;
    }

    /** Where the scene lives, from the job name the submitters derive from it ("shot.ma - layer" → shot.ma). */
    static String sceneFile(JobSpec spec) {
        String name = spec.batch().isEmpty() ? spec.name() : spec.batch();
        String scene = name.contains(" - ") ? name.substring(0, name.indexOf(" - ")) : name;
        String folder = "/projects/" + spec.user() + "/scenes/";
        return scene.contains(".") ? folder + scene : folder + scene + extension(spec.plugin());
    }

    private static String extension(String plugin) {
        return switch (plugin) {
            case "MayaBatch" -> ".ma";
            case "Houdini" -> ".hip";
            case "Nuke" -> ".nk";
            case "Redshift" -> ".rs";
            case "VRay" -> ".vrscene";
            case "Arnold" -> ".ass";
            default -> ".blend";
        };
    }

    private static String layer(JobSpec spec) {
        int dash = spec.name().indexOf(" - ");
        return dash < 0 ? "masterLayer" : spec.name().substring(dash + 3);
    }

    private static void put(Map<String, String> info, String... keysAndValues) {
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            info.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }
}
