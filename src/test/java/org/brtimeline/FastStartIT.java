package org.brtimeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brtimeline.bench.FastStart;
import org.brtimeline.bench.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fast start ("Starting in seconds"), run with its own commands ({@link FastStart}): the training start
 * leaves the folder's {@code data/} as it was (it once wrote a new admin password over the one there and rebuilt the
 * search index there from its own database), and the archive it writes is the one the next start loads the
 * application's classes from.
 */
class FastStartIT {

    @TempDir
    Path folder;

    @Test
    void the_training_start_leaves_data_alone_and_the_next_start_loads_the_application_from_its_archive()
            throws Exception {
        FastStart fast = FastStart.ofNewestJar();

        try (Stream<Path> data = Files.walk(FastStart.UNTOUCHED.getParent())) {
            assertThat(data.filter(Files::isRegularFile).toList())
                    .as("the files in the folder's data/ after the training start")
                    .containsExactly(FastStart.UNTOUCHED);
        }
        assertThat(FastStart.UNTOUCHED).hasContent(FastStart.UNTOUCHED_TEXT.strip());
        assertThat(Files.readString(FastStart.log("training"), StandardCharsets.UTF_8))
                .contains("A training start (spring.context.exit=onRefresh): on an in-memory database");
        assertThat(fast.archive()).isRegularFile();

        Path classes = folder.resolve("classes.log");
        try (PackagedApp app = PackagedApp.launchFast(
                List.of("-Xlog:class+load=info:file=" + classes),
                List.of(
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("timeline")
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "--app.search.index-root=" + folder.resolve("index"),
                        "--app.admin.password=fast-start-password"),
                "fast-start")) {
            app.awaitReady();
            assertThat(app.log()).as("the JVM's word on the archive").doesNotContain("[cds");
        }
        assertThat(Files.readAllLines(classes))
                .as("where the application's own class was loaded from")
                .anyMatch(line ->
                        line.contains(" org.brtimeline.Application ") && line.contains("source: shared objects file"));
    }
}
