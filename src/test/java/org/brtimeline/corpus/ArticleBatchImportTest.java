package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DurableCommits;
import org.brtimeline.base.SystemTask;
import org.brtimeline.review.PendingArticle;
import org.brtimeline.review.ReviewInbox;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
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

    @Autowired
    ReviewInbox inbox;

    @Autowired
    SystemTask system;

    @Autowired
    DurableCommits durable;

    @TempDir
    Path folder;

    @Test
    void a_folder_is_imported_with_progress_and_a_summary_and_bad_files_are_reported() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("corpus/articles"), folder);
        Files.writeString(folder.resolve("new.txt"), NEW_ARTICLE);
        Files.writeString(folder.resolve("broken.md"), "no front matter at all");
        Files.write(folder.resolve("binary.txt"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = ImportArticlesCommand.run(
                importer, system, folder, new PrintStream(console, true, StandardCharsets.UTF_8));

        String output = console.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Importing 8 files");
        assertThat(output).contains("1 imported, 5 skipped, 2 failed");
        assertThat(output).contains("failed: broken.md: must start with a '---' line");
        assertThat(output).doesNotContain("broken.md: broken.md");
        assertThat(output)
                .contains("imported: new.txt: review its dated sentences at /editor/review/batch-import-test-article");
        assertThat(output).contains("failed: binary.txt: text: this looks like a binary file");
        assertThat(output).contains("skipped: rferl-russian-pm-in-minsk-2020-09-03.txt: already stored");
        assertThat(exit).isEqualTo(1);
        assertThat(articles.find("batch-import-test-article")).isPresent();
    }

    @Test
    void a_missing_folder_is_reported() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = ImportArticlesCommand.run(
                importer, system, folder.resolve("nope"), new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Not a folder");
    }

    @Test
    @WithMockUser(username = "zip-editor", roles = "EDITOR")
    void a_file_saved_on_windows_with_a_byte_order_mark_imports_as_the_same_text() {
        byte[] windows = ("\uFEFF"
                        + NEW_ARTICLE
                                .replace("batch-import-test-article", "windows-line-endings-article")
                                .replace("May 23.", "May 23 (saved on Windows).")
                                .replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);

        var outcomes =
                importer.importAll(List.of(new ArticleBatchImport.NamedFile("windows.txt", windows)), NO_PROGRESS);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(ArticleBatchImport.Result.IMPORTED);
            assertThat(o.slug()).isEqualTo("windows-line-endings-article");
        });
        assertThat(inbox.articles(0, 1_000)).extracting(PendingArticle::slug).contains("windows-line-endings-article");
        assertThat(articles.body("windows-line-endings-article").orElseThrow().text())
                .isEqualTo("MINSK -- A Ryanair flight was forced to land in Minsk on May 23 (saved on Windows).");
    }

    @Test
    @WithMockUser(username = "zip-editor", roles = "EDITOR")
    void an_unknown_front_matter_field_is_named_in_plain_words_and_the_file_once() {
        byte[] file = NEW_ARTICLE
                .replace("language:", "author: \"Jane Doe\"\nlanguage:")
                .getBytes(StandardCharsets.UTF_8);

        var outcome = importer.importAll(List.of(new ArticleBatchImport.NamedFile("author.md", file)), NO_PROGRESS)
                .get(0);

        assertThat(outcome.result()).isEqualTo(ArticleBatchImport.Result.FAILED);
        assertThat(outcome.reason())
                .startsWith("unknown front-matter field 'author' (the fields are language, published, publishedNote,")
                .doesNotContain("author.md", "org.", "class", "$");
    }

    @Test
    void a_folder_beyond_the_limits_is_refused_and_nothing_is_stored() throws IOException {
        for (int i = 0; i < 3; i++) {
            Files.writeString(
                    folder.resolve("limit-" + i + ".txt"),
                    NEW_ARTICLE
                            .replace("batch-import-test-article", "folder-limit-article-" + i)
                            .replace("May 23.", "May 23, story " + i + "."));
        }
        ArticleBatchImport limited = new ArticleBatchImport(articles, durable, 2, 1_000_000, 100_000);
        long before = articles.count();
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        int exit = ImportArticlesCommand.run(
                limited, system, folder, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("Refused, nothing imported: more than 2 entries");
        assertThat(articles.count()).isEqualTo(before);
    }

    private static final ArticleBatchImport.Progress NO_PROGRESS = (finished, total, last) -> {};
}
