package crashy.simulator;

import static crashy.simulator.ErrorKind.CRASH;
import static crashy.simulator.ErrorKind.DISK_FULL;
import static crashy.simulator.ErrorKind.LICENSE;
import static crashy.simulator.ErrorKind.MISSING_FILE;
import static crashy.simulator.ErrorKind.NOT_FOUND;
import static crashy.simulator.ErrorKind.OUT_OF_MEMORY;
import static crashy.simulator.ErrorKind.TIMEOUT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The errors each renderer reports, worded after what Arnold, V-Ray, Redshift, Blender, Maya, Houdini, Nuke and
 * Deadline itself print for missing files, licences, memory, missing executables, crashes, timeouts and full disks.
 * A renderer without its own wording for a kind falls back to Deadline's generic one.
 */
final class ErrorCatalogue {
    private static final Map<String, Map<ErrorKind, RendererError>> BY_PLUGIN = Map.of(
            "MayaBatch", maya(),
            "Arnold", arnold(),
            "VRay", vray(),
            "Redshift", redshift(),
            "Blender", blender(),
            "Houdini", houdini(),
            "Nuke", nuke());
    private static final Map<ErrorKind, RendererError> GENERIC = generic();

    private ErrorCatalogue() {}

    static RendererError entry(String plugin, ErrorKind kind) {
        RendererError specific = BY_PLUGIN.getOrDefault(plugin, Map.of()).get(kind);
        return specific != null ? specific : GENERIC.get(kind);
    }

    private static Map<ErrorKind, RendererError> maya() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "// Error: file: {scene} line 1204: Could not find file"
                                + " \"/projects/shared/assets/chr/hero/rig/hero_rig_v031.ma\" for reference node"
                                + " \"heroRN\". //",
                        "File read in  0.42 seconds.",
                        "// Warning: file: {scene} line 1187: Unrecognized node type 'aiStandardHair'; preserving"
                                + " node information during this session. //"),
                RendererError.stdout(
                        LICENSE,
                        "Licensing error: Maya 2024 could not obtain a network license (error 7: all licenses are"
                                + " in use on 27000@lic01).",
                        "Autodesk Licensing: Using Network license server 27000@lic01"),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "00:03:12 62231MB ERROR   |  [arnold] out of memory: could not allocate 4294967296 bytes for"
                                + " the texture cache",
                        "00:02:58 61880MB         |  [texturesys] 2114 textures opened, 1861 still open",
                        "00:03:12 62231MB WARNING |  [arnold] system memory is almost full (62231MB of 64000MB)"),
                new RendererError(
                        NOT_FOUND,
                        RendererError.Style.PLUGIN,
                        "Maya render executable was not found in the semicolon separated list"
                                + " \"/usr/autodesk/maya2024/bin/maya;/usr/autodesk/maya2024/bin/mayabatch\". The"
                                + " path to the render executable can be configured from the Plugin Configuration in"
                                + " the Deadline Monitor.",
                        List.of()),
                RendererError.exit(
                        CRASH,
                        209,
                        "00:04:41  9120MB         |  [mtoa] Exporting scene for frame {frame}",
                        "Fatal Error. Attempting to save in /usr/tmp/render.20251119.1352.ma",
                        "// Maya exited with status 209"));
    }

    private static Map<ErrorKind, RendererError> arnold() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "00:00:05  1702MB ERROR   |  [texturesys] unable to open texture"
                                + " \"/projects/shared/assets/env/rock/tex/rock_diff.1001.tx\": file does not exist",
                        "00:00:04  1650MB         |  [ass] loading {scene} ...",
                        "00:00:05  1702MB         |  [texturesys] 312 textures requested"),
                RendererError.stdout(
                        LICENSE,
                        "00:00:01   498MB ERROR   |  [clm] license checkout failed for product \"arnold\": no"
                                + " license available (error 9), aborting because abort_on_license_fail is enabled",
                        "00:00:01   498MB         |  [clm] connecting to license server 27000@lic01"),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "00:02:47 63892MB ERROR   |  [arnold] out of memory: std::bad_alloc",
                        "00:02:40 61020MB         |  [subdiv] /crowd/agent_0412/body: 1024x subdivision"),
                RendererError.exit(
                        CRASH,
                        139,
                        "00:04:12  8812MB ERROR   |  signal caught: SIGSEGV -- Invalid memory reference",
                        "00:04:12  8812MB         |  backtrace:",
                        "00:04:12  8812MB         |  >>  0 0x00007f3a1c2b45e0 [libai.so] AiNodeGetFlt",
                        "00:04:12  8812MB         |     1 0x00007f3a1b8e0c1d [libai.so] AiRender"),
                RendererError.stdout(
                        DISK_FULL,
                        "00:05:01  9012MB ERROR   |  [driver_exr] unable to write \"{output}\": No space left on"
                                + " device"));
    }

    private static Map<ErrorKind, RendererError> vray() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "error: Could not load scene file \"{scene}\": file not found",
                        "V-Ray 6, update 2 for x64 Linux",
                        "Loading scene file \"{scene}\""),
                RendererError.stdout(
                        LICENSE,
                        "error: Could not obtain a license (-200). Error connecting to the license server.",
                        "V-Ray 6, update 2 for x64 Linux",
                        "Trying to obtain a render license from 30304@lic01"),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "error: Unhandled exception: std::bad_alloc (out of memory). V-Ray will now exit.",
                        "Building static raycast accelerator ... 87%"),
                RendererError.exit(
                        CRASH,
                        -1073741819,
                        "error: UNHANDLED EXCEPTION: Access violation reading location 0x0000000000000018",
                        "Rendering image ... 42%"),
                RendererError.stdout(
                        DISK_FULL, "error: Error writing image file \"{output}\": No space left on device"));
    }

    private static Map<ErrorKind, RendererError> redshift() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "Redshift ERROR: Unable to load proxy \"/projects/shared/assets/env/city/blockA_v004.rs\":"
                                + " file not found",
                        "Redshift 3.6.03 (Linux)",
                        "Loading Redshift scene {scene}"),
                RendererError.stdout(
                        LICENSE,
                        "Redshift ERROR: License acquisition failed: no valid Redshift license was found for this"
                                + " machine.",
                        "Redshift 3.6.03 (Linux)",
                        "Checking for license..."),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "Redshift cannot operate with less than 128MB of free VRAM. Frame rendering aborted.",
                        "Redshift ERROR: CUDA reported error: out of memory (code 2)",
                        "Allocating VRAM for device 0 (NVIDIA RTX A6000)"),
                new RendererError(
                        NOT_FOUND,
                        RendererError.Style.PLUGIN,
                        "Redshift render executable was not found in the semicolon separated list"
                                + " \"/usr/redshift/bin/redshiftCmdLine\". The path to the render executable can be"
                                + " configured from the Plugin Configuration in the Deadline Monitor.",
                        List.of()),
                RendererError.exit(
                        CRASH,
                        134,
                        "Redshift ERROR: CUDA reported a fatal error: an illegal memory access was encountered"
                                + " (code 700)",
                        "Rendering blocks... 61%"));
    }

    private static Map<ErrorKind, RendererError> blender() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "Error: Cannot read file \"{scene}\": No such file or directory",
                        "Blender 4.2.3 LTS (hash 0c9c4f2a0d5e built 2024-10-15 00:48:16)"),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "Error: System is out of GPU and shared host memory",
                        "Blender 4.2.3 LTS (hash 0c9c4f2a0d5e built 2024-10-15 00:48:16)",
                        "Fra:{frame} Mem:61034.88M (Peak 61211.02M) | Time:00:41.12 | Mem:14328.77M, Peak:14611.03M"
                                + " | Scene, ViewLayer | Loading render kernels (may take a few minutes the first"
                                + " time)"),
                new RendererError(
                        NOT_FOUND,
                        RendererError.Style.PLUGIN,
                        "Blender render executable was not found in the semicolon separated list"
                                + " \"/opt/blender/4.2/blender;/usr/local/Blender/blender\". The path to the render"
                                + " executable can be configured from the Plugin Configuration in the Deadline"
                                + " Monitor.",
                        List.of()),
                RendererError.exit(
                        CRASH,
                        139,
                        "Fra:{frame} Mem:8121.40M (Peak 8433.06M) | Time:02:11.54 | Sample 412/1024",
                        "Writing: /tmp/blender.crash.txt",
                        "Segmentation fault (core dumped)"),
                RendererError.stdout(
                        DISK_FULL,
                        "Error: Cannot write image \"{output}\": No space left on device",
                        "Fra:{frame} Mem:2210.51M (Peak 2844.12M) | Time:03:02.10 | Finished"));
    }

    private static Map<ErrorKind, RendererError> houdini() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "Error: Load failed for /obj/pyro_import/file1: Unable to read file"
                                + " \"/projects/shared/fx/cache/pyro_v012.{frame}.bgeo.sc\".",
                        "Loading .hip file {scene}."),
                RendererError.stdout(
                        LICENSE,
                        "hython: No licenses could be found to run this application. Please check for a valid"
                                + " license server host.",
                        "Checking out license... (sesinetd on lic01)"),
                RendererError.stdout(
                        OUT_OF_MEMORY,
                        "husk: Karma XPU: CUDA error: out of memory (cuMemAlloc failed allocating 6.0 GB)",
                        "husk: Rendering frame {frame} with Karma XPU"),
                RendererError.exit(
                        CRASH,
                        139,
                        "Caught signal 11",
                        "Traceback from 21223 ThreadId=0x7f2b0ffff640",
                        "AP_Interface::coreDumpChaser(UTsignalHandlerArg) <libHoudiniUI.so>"),
                RendererError.stdout(
                        DISK_FULL,
                        "husk: Error: Unable to write image \"{output}\": No space left on device",
                        "husk: Rendering frame {frame} with Karma CPU"));
    }

    private static Map<ErrorKind, RendererError> nuke() {
        return of(
                RendererError.stdout(
                        MISSING_FILE,
                        "ERROR: Read_plate: /projects/shared/plates/plate_v001.{frame}.exr: No such file or"
                                + " directory",
                        "Nuke 15.1v3, 64 bit, built Jun 20 2024."),
                RendererError.stdout(
                        LICENSE,
                        "Failed to get license for nuke_r: No license available (RLM error -4: license in use)",
                        "Nuke 15.1v3, 64 bit, built Jun 20 2024."),
                RendererError.stdout(
                        DISK_FULL,
                        "ERROR: Write_EXR: Can't write {output}: No space left on device",
                        "Writing {output} took 2.41 seconds"));
    }

    private static Map<ErrorKind, RendererError> generic() {
        return of(
                RendererError.stdout(MISSING_FILE, "Error: Could not open file \"{scene}\": No such file or directory"),
                RendererError.stdout(LICENSE, "Error: Failed to check out a render license from 27000@lic01"),
                RendererError.stdout(OUT_OF_MEMORY, "Error: Out of memory: failed to allocate 8589934592 bytes"),
                new RendererError(
                        NOT_FOUND,
                        RendererError.Style.PLUGIN,
                        "Render executable was not found in the semicolon separated list \"/opt/render/bin/render\"."
                                + " The path to the render executable can be configured from the Plugin"
                                + " Configuration in the Deadline Monitor.",
                        List.of()),
                RendererError.exit(CRASH, -1073741819, "Exception: access violation (0xC0000005)"),
                new RendererError(
                        TIMEOUT,
                        RendererError.Style.WORKER,
                        "The Worker did not complete the task before the Regular Task Timeout limit of 00:45:00."
                                + " The Task's timeout settings can be modified in the Job Properties.",
                        List.of()),
                RendererError.stdout(
                        DISK_FULL, "Exception during render: [Errno 28] No space left on device: '{outdir}'"));
    }

    private static Map<ErrorKind, RendererError> of(RendererError... errors) {
        Map<ErrorKind, RendererError> byKind = new EnumMap<>(ErrorKind.class);
        for (RendererError error : errors) {
            byKind.put(error.kind(), error);
        }
        return byKind;
    }
}
