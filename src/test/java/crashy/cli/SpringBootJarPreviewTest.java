package crashy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spring Boot jar's preview runs on Crashy's classes and TwelveMonkeys alone (ExecutableJarPreviewIT). */
class SpringBootJarPreviewTest {
    private static final String JAR = "jar:nested:/opt/crashy/crashy.jar/!BOOT-INF/";

    @TempDir
    Path temp;

    @Test
    void keepsCrashysClassesAndTwelveMonkeysOfSpringBootsClassPath() throws Exception {
        List<URL> launched = nested(
                "classes/!/",
                "lib/JDA-6.5.0.jar!/",
                "lib/imageio-core-3.13.1.jar!/",
                "lib/commons-io-2.20.0.jar!/",
                "lib/common-lang-3.13.1.jar!/",
                "lib/spring-core-7.0.8.jar!/");

        URLClassLoader own = SpringBootJarPreview.within(new URLClassLoader(launched.toArray(URL[]::new), null))
                .orElseThrow();

        assertThat(own.getURLs()).containsExactly(launched.get(0), launched.get(2), launched.get(4));
        assertThat(own.getParent()).isSameAs(ClassLoader.getPlatformClassLoader());
        assertThat(SpringBootJarPreview.within(own))
                .as("already the preview's own")
                .isEmpty();
    }

    @Test
    void leavesOtherClassPathsAlone() throws Exception {
        assertThat(SpringBootJarPreview.within(ClassLoader.getSystemClassLoader()))
                .isEmpty();
        URL[] files = {
            Path.of("target", "classes").toUri().toURL(),
            Path.of("lib", "JDA.jar").toUri().toURL()
        };
        assertThat(SpringBootJarPreview.within(new URLClassLoader(files, null))).isEmpty();
        URL[] libraries =
                nested("lib/imageio-core-3.13.1.jar!/", "lib/JDA-6.5.0.jar!/").toArray(URL[]::new);
        assertThat(SpringBootJarPreview.within(new URLClassLoader(libraries, null)))
                .as("no Crashy classes to run")
                .isEmpty();
    }

    @Test
    void picksTwelveMonkeysJarsAndNoOtherLibrary() {
        List<String> picked = new ArrayList<>();
        List<String> twelveMonkeys = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (SpringBootJarPreview.isPreviewLibrary(name)) {
                picked.add(name);
            }
            if (entry.contains(String.join(File.separator, "", "com", "twelvemonkeys", ""))) {
                twelveMonkeys.add(name);
            }
        }
        assertThat(picked).hasSizeGreaterThan(5).containsExactlyInAnyOrderElementsOf(twelveMonkeys);
    }

    @Test
    void runsTheCommandAsLoadedByTheGivenLoaderWithItAsContext() throws Exception {
        Path png = temp.resolve("frame.png");
        ImageIO.write(new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path out = temp.resolve("frame.jpg");
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        try (URLClassLoader own = previewOnly()) {
            try {
                int code = SpringBootJarPreview.run(
                        own, PreviewCommandLine.class, new String[] {png.toString(), "-o", out.toString()});

                assertThat(code).isZero();
                assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(64);
                assertThat(own.loadClass(PreviewCommandLine.class.getName()))
                        .as("a class of the loader's own")
                        .isNotSameAs(PreviewCommandLine.class);
            } finally {
                forgetPlugInsOf(own);
            }
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void failsPlainlyWhenTheLoaderLacksTheCommand() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> SpringBootJarPreview.run(empty, PreviewCommandLine.class, new String[0]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot start the preview on its own class path");
        }
    }

    /**
     * ImageIO's registry is the JVM's: the command registered TwelveMonkeys' plug-ins as its own loader has them, and
     * the other tests of this JVM must not be handed those once the loader is closed.
     */
    private static void forgetPlugInsOf(ClassLoader loader) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (Iterator<Class<?>> categories = registry.getCategories(); categories.hasNext(); ) {
            forget(registry, categories.next(), loader);
        }
    }

    private static <T> void forget(IIORegistry registry, Class<T> category, ClassLoader loader) {
        List<T> theirs = new ArrayList<>();
        registry.getServiceProviders(category, false).forEachRemaining(provider -> {
            if (provider.getClass().getClassLoader() == loader) {
                theirs.add(provider);
            }
        });
        theirs.forEach(provider -> registry.deregisterServiceProvider(provider, category));
    }

    /** This build's classes and TwelveMonkeys' jars, as a loader of their own on the platform loader. */
    private static URLClassLoader previewOnly() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith(Path.of("target", "classes").toString())
                    || SpringBootJarPreview.isPreviewLibrary(path.getFileName().toString())) {
                urls.add(path.toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** URLs shaped like Spring Boot's for entries of its executable jar (jar:nested:...), never opened here. */
    private static List<URL> nested(String... entries) {
        URLStreamHandler unopened = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                throw new IOException("not opened in this test: " + url);
            }
        };
        return Stream.of(entries)
                .map(entry -> {
                    try {
                        return new URL(null, JAR + entry, unopened);
                    } catch (MalformedURLException e) {
                        throw new IllegalArgumentException(e);
                    }
                })
                .toList();
    }
}
