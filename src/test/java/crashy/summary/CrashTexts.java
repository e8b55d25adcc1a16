package crashy.summary;

/**
 * Error texts written after what renderers and Deadline print when a render fails: the first line is what Deadline
 * shows as the report title, the rest is the stack trace or log that follows it.
 */
final class CrashTexts {
    static final String DEADLINE_STACK = "\n   at Deadline.Plugins.DeadlinePlugin.FailRender(String message)"
            + " (Python.Runtime.PythonException)\n   at Deadline.Plugins.PluginWrapper.RenderTasks(Task task,"
            + " String& outMessage, AbortLevel& abortLevel)";

    static final String ARNOLD_TEXTURE = "Error: FailRenderException : 00:00:04  1834MB ERROR   | [texturesys] unable"
            + " to find texture \"/mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx\"" + DEADLINE_STACK;
    static final String ARNOLD_TEXTURE_OTHER_FRAME = "Error: FailRenderException : 00:01:17  2210MB ERROR   |"
            + " [texturesys] unable to find texture \"/mnt/projects/orca/shots/sh010/tex/deck_rough.1002.tx\""
            + DEADLINE_STACK;
    static final String ARNOLD_TEXTURE_TAGGED =
            "[arnold] ERROR   | [texturesys] unable to find texture \"P:\\orca\\tex\\sails_bump.1001.tx\"";
    static final String VRAY_LICENCE =
            "Error: FailRenderException : V-Ray error: Could not obtain a license (-200)" + DEADLINE_STACK;
    static final String VRAY_LICENCE_STANDALONE = "[2025/Mar/14|10:21:33] V-Ray error: Could not obtain a license"
            + " (-200). Check that the license server at 10.0.4.12:30304 is running.";
    static final String REDSHIFT_VRAM = "Error: Redshift Error: Out of VRAM while allocating 1.2 GB for texture cache"
            + " on device 0 (NVIDIA GeForce RTX 3080)" + DEADLINE_STACK;
    static final String BLENDER_MISSING_FILE =
            "Error: Cannot read file \"/mnt/projects/orca/assets/ship_v012.blend\": No such file or directory";
    static final String BLENDER_CUDA_OOM = "Error: CUDA error: Out of memory in cuMemAlloc_v2(&device_pointer, bytes),"
            + " line 1023" + DEADLINE_STACK;
    static final String BLENDER_EXECUTABLE = "Error: FailRenderException : Blender render executable was not found in"
            + " the semicolon separated list \"C:\\Program Files\\Blender Foundation\\Blender\\blender.exe;"
            + "/usr/local/Blender/blender\". The path to the render executable can be configured from the Plugin"
            + " Configuration in the Deadline Monitor." + DEADLINE_STACK;
    static final String MAYA_PROCEDURE = "Error: file: /mnt/pipeline/maya/scripts/preRender.mel line 12: Cannot find"
            + " procedure \"orcaSetupAovs\"." + DEADLINE_STACK;
    static final String HOUDINI_LICENCE = "Error: hython: No licenses could be found to run this application. Please"
            + " check for a valid license server host" + DEADLINE_STACK;
    static final String NUKE_MISSING_PLATE =
            "Read1: /mnt/projects/orca/comp/plates/sh010_plate.1012.exr: No such file or directory";
    static final String DEADLINE_TIMEOUT = "Error: The task has exceeded its timeout of 60 minutes and was aborted by"
            + " the Worker." + DEADLINE_STACK;
    static final String WINDOWS_DISK_FULL = "Error: There is not enough space on the disk. (System.IO.IOException)"
            + "\n   at System.IO.FileStream.WriteCore(Byte[] buffer, Int32 offset, Int32 count)";
    static final String ACCESS_VIOLATION = "Error: Renderer returned non-zero error code, -1073741819. Check the log"
            + " for more information." + DEADLINE_STACK;
    static final String SEGFAULT = "Error: houdini-bin: Caught signal 11 (Segmentation fault) in thread 0x7f3a2c1fe700";
    static final String PYTHON_TRACEBACK = "Error: Traceback (most recent call last):\n  File"
            + " \"/mnt/pipeline/deadline/plugins/OrcaNuke/OrcaNuke.py\", line 88, in RenderArgument\n"
            + "    scene = self.ResolveScene(path)\nKeyError: 'ORCA_SHOW'";

    private CrashTexts() {}
}
