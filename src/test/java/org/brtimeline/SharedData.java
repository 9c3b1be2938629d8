package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Data beside the repository ({@code ../shared/seeds}, {@code ../shared/tempeval}): a developer
 * without it skips the tests that need it, but CI (CI=true), which always has it, fails instead of
 * skipping, so those tests cannot pass by not running.
 */
public final class SharedData {

    private SharedData() {}

    public static Path require(String folder) {
        Path path = Path.of(folder);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(path).as(folder + " must be present on CI").isDirectory();
        } else {
            assumeThat(Files.isDirectory(path))
                    .as(folder + " is not beside the repository: test skipped")
                    .isTrue();
        }
        return path;
    }
}
