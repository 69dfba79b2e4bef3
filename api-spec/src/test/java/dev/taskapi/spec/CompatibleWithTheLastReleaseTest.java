package dev.taskapi.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when {@code openapi.yaml} breaks what clients of the last released spec rely on, unless
 * the major number of its {@code info.version} went up.
 * <p>
 * Released specs are kept in {@code src/test/resources/released/openapi-<version>.yaml}; the newest one is
 * the baseline. On a release, copy {@code openapi.yaml} there under its version (see the README).
 */
class CompatibleWithTheLastReleaseTest {

    private static final Pattern RELEASED = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");

    @Test
    void theSpecIsCompatibleWithTheLastReleaseOrHasANewMajorVersion() throws IOException {
        Path baseline = lastRelease();
        String released = Files.readString(baseline, StandardCharsets.UTF_8);
        String current = CompatibilityCheckTest.resource("openapi.yaml");

        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(released, current);

        assertThat(verdict.acceptable())
                .as("""
                        openapi.yaml (version %s) breaks clients of the released %s (%s). Make the change \
                        compatible, or raise the major number of info.version. What changed:
                        %s""", verdict.currentVersion(), verdict.releasedVersion(), baseline.getFileName(),
                        verdict.changes())
                .isTrue();
    }

    @Test
    void theBaselineIsTheReleaseItsNameSays() throws IOException {
        Path baseline = lastRelease();
        String released = Files.readString(baseline, StandardCharsets.UTF_8);

        CompatibilityCheck.Verdict verdict = CompatibilityCheck.compare(released, released);

        assertThat(baseline.getFileName().toString()).isEqualTo("openapi-" + verdict.releasedVersion() + ".yaml");
    }

    /** The released spec with the highest version. */
    static Path lastRelease() {
        try (Stream<Path> files = Files.list(releasedDirectory())) {
            List<Path> releases = files.filter(file -> RELEASED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(CompatibleWithTheLastReleaseTest::versionKey))
                    .toList();
            assertThat(releases).as("released specs in src/test/resources/released").isNotEmpty();
            return releases.get(releases.size() - 1);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String versionKey(Path file) {
        Matcher matcher = RELEASED.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return String.format("%09d.%09d.%09d", Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3)));
    }

    private static Path releasedDirectory() {
        URL url = CompatibleWithTheLastReleaseTest.class.getClassLoader().getResource("released");
        assertThat(url).as("the released specs on the test classpath").isNotNull();
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
