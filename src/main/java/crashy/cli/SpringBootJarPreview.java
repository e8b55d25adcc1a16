package crashy.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preview command's own class path inside the Spring Boot jar: Crashy's classes and TwelveMonkeys' jars, all the
 * preview needs (PreviewClassPathTest), the same choice docker/preview-jar.sh makes for the Docker image.
 *
 * <p>Spring Boot's class loader, asked for a class of a package it has not defined yet (javax.imageio's, AWT's), looks
 * for that package in every jar it holds, and the first such search opens all 70-odd library jars: about 0.2 s in a
 * cold JVM (a 1080p DWAA preview took 0.62 s with it, 0.50 s without). A plain {@link URLClassLoader} over the jars the
 * preview needs, on the platform class loader, has no such search; it reads the same nested entries through Spring
 * Boot's URL handler (ExecutableJarPreviewIT).
 */
final class SpringBootJarPreview {
    private static final String CLASSES = "!BOOT-INF/classes/!/";
    private static final String LIBRARIES = "!BOOT-INF/lib/";

    private SpringBootJarPreview() {}

    /** Whether a library jar, by its file name, is one of TwelveMonkeys' that the preview reads frames with. */
    static boolean isPreviewLibrary(String jarName) {
        return jarName.endsWith(".jar") && (jarName.startsWith("imageio-") || jarName.startsWith("common-"));
    }

    /**
     * A class loader holding only the preview's part of {@code launched}, when {@code launched} is Spring Boot's
     * loader of the executable jar; empty for any other class path (the Docker image's, the tests', or this one).
     */
    static Optional<URLClassLoader> within(ClassLoader launched) {
        if (!(launched instanceof URLClassLoader loader)) {
            return Optional.empty();
        }
        // Loops rather than streams: a cold JVM would first have to spin the lambdas.
        URL[] all = loader.getURLs();
        List<URL> kept = new ArrayList<>();
        boolean crashyClasses = false;
        for (URL url : all) {
            if (url.toString().endsWith(CLASSES)) {
                crashyClasses = true;
                kept.add(url);
            } else if (isPreviewLibrary(url)) {
                kept.add(url);
            }
        }
        if (!crashyClasses || kept.size() == all.length) {
            return Optional.empty();
        }
        return Optional.of(
                new URLClassLoader("crashy-preview", kept.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()));
    }

    /**
     * Runs {@code type}'s static {@code run(String[])} as loaded by {@code loader}, with {@code loader} as the thread's
     * context class loader (ImageIO looks for plug-ins there), and returns its exit code. The loader stays open: the
     * command's threads may still load classes, and the process ends with the command.
     */
    static int run(ClassLoader loader, Class<?> type, String[] args) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Method run = Class.forName(type.getName(), true, loader).getDeclaredMethod("run", String[].class);
            run.setAccessible(true);
            return (int) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the preview on its own class path", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static boolean isPreviewLibrary(URL url) {
        String text = url.toString();
        int library = text.indexOf(LIBRARIES);
        return library >= 0
                && text.endsWith("!/")
                && isPreviewLibrary(text.substring(library + LIBRARIES.length(), text.length() - 2));
    }
}
