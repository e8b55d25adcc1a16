package crashy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What no build here can check by running Docker: the image's JVM options start a JVM, and the ahead-of-time cache the
 * Dockerfile trains is the one its entry point reads, with the same options and jar (a JVM given a cache made
 * otherwise only warns and runs without it, so a mismatch would cost the cache silently).
 */
class DockerImageTest {
    private static final Path DOCKERFILE = Path.of("docker/Dockerfile");

    @Test
    void theImagesJvmOptionsStartAJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "@docker/jvm.options", "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readAllLines(Path.of("docker/jvm.options")))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .contains("-Xmx160m", "-XX:+UseSerialGC");
    }

    @Test
    void theEntryPointReadsTheCacheThatTheBuildTrainsWithTheSameJvm() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE).replace("\\\n", " ");

        List<String> training =
                onlyMatch(dockerfile, "java (@\\S+) -XX:AOTCacheOutput=(\\S+) -jar (\\S+)\\s+preview (\\S+) -o");
        List<String> entryPoint = onlyMatch(
                dockerfile, "ENTRYPOINT \\[\"java\", \"(@\\S+)\", \"-XX:AOTCache=(\\S+)\", \"-jar\", \"(\\S+)\"]");

        assertThat(training.subList(0, 3)).as("options, cache and jar").isEqualTo(entryPoint);
        assertThat(training.get(3)).as("the training frames").startsWith("/frames/");
        assertThat(dockerfile).contains("COPY docker/jvm.options " + entryPoint.get(0).substring(1));
    }

    @Test
    void theRuntimeIsAJavaThatMakesAheadOfTimeCaches() throws IOException {
        // -XX:AOTCacheOutput, one training run making the cache, came with Java 25 (JEP 514).
        List<String> bases = Pattern.compile("(?m)^FROM (\\S+)").matcher(Files.readString(DOCKERFILE)).results()
                .map(match -> match.group(1))
                .toList();
        Matcher runtime = Pattern.compile("eclipse-temurin:(\\d+)-jre").matcher(bases.get(bases.size() - 1));

        assertThat(runtime.matches()).as(bases.toString()).isTrue();
        assertThat(Integer.parseInt(runtime.group(1))).isGreaterThanOrEqualTo(25);
    }

    /** The groups of the regular expression's one match in the text. */
    private static List<String> onlyMatch(String text, String regex) {
        List<MatchResult> matches = Pattern.compile(regex).matcher(text).results().toList();
        assertThat(matches).as(regex).hasSize(1);
        MatchResult match = matches.get(0);
        return IntStream.rangeClosed(1, match.groupCount()).mapToObj(match::group).toList();
    }
}
