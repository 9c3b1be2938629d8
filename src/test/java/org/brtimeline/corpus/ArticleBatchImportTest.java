package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brtimeline.WritingTest;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

@WritingTest
class ArticleBatchImportTest {

    private static final String NEW_ARTICLE = """
            ---
            slug: "batch-import-test-article"
            title: "A test article for the batch import"
            publisher: "Test Wire"
            url: null
            language: "en"
            published: "2021-05-24"
            publishedPrecision: "DAY"
            publishedNote: null
            ---
            MINSK -- A Ryanair flight was forced to land in Minsk on May 23.""";

    @Autowired
    ArticleBatchImport importer;

    @Autowired
    ArticleService articles;

    @TempDir
    Path folder;

    @Test
    void a_folder_is_imported_with_progress_and_a_summary_and_bad_files_are_reported() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("corpus/articles"), folder);
        Files.writeString(folder.resolve("new.txt"), NEW_ARTICLE);
        Files.writeString(folder.resolve("broken.md"), "no front matter at all");
        Files.write(folder.resolve("binary.txt"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = ImportArticlesCommand.run(importer, folder, new PrintStream(console, true, StandardCharsets.UTF_8));

        String output = console.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Importing 8 files", "[##############################] 8/8");
        assertThat(output).contains("1 imported, 5 skipped, 2 failed");
        assertThat(output).contains("failed: broken.md: broken.md: must start with a '---' line");
        assertThat(output).contains("failed: binary.txt: text: this looks like a binary file");
        assertThat(output).contains("skipped: rferl-russian-pm-in-minsk-2020-09-03.txt: already stored");
        assertThat(exit).isEqualTo(1);
        assertThat(articles.find("batch-import-test-article")).isPresent();
    }

    @Test
    void a_missing_folder_is_reported() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = ImportArticlesCommand.run(
                importer, folder.resolve("nope"), new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Not a folder");
    }
}
