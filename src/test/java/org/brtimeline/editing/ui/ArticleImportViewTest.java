package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.brtimeline.reader.ReaderService;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Adding an article through the form: every problem next to its field, nothing stored until all is right. */
@WritingTest
class ArticleImportViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    ReaderService reader;

    private ArticleImportView view;

    @BeforeEach
    void open() {
        BrowserlessUi.openAs(context, "bob", "EDITOR");
        UI.getCurrent().navigate("editor/articles/new");
        view = _get(ArticleImportView.class);
        view.title.setValue("Lukashenka meets Putin in Sochi");
        view.publisher.setValue("Test Wire");
        view.published.setValue(LocalDate.of(2021, 9, 9));
        view.text.setValue("SOCHI -- The two leaders met on Thursday.\n\nThey agreed on 28 programmes.");
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    @Test
    void a_zip_is_imported_on_a_thread_of_its_own_with_the_editor_s_login() throws IOException, InterruptedException {
        ZipImportPanel zip = _get(ZipImportPanel.class);
        String file = """
                ---
                slug: "zip-on-its-own-thread"
                title: "A zip imported beside the upload's request"
                publisher: "Test Wire"
                url: null
                language: "en"
                published: "2021-06-02"
                publishedPrecision: "DAY"
                publishedNote: null
                ---
                MINSK -- The zip thread test article was filed on June 1, 2021.""";

        UploadKt._upload(zip.upload, "articles.zip", "application/zip", zipOf("thread.txt", file));

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!zip.status.getText().startsWith("Done") && !zip.status.getText().startsWith("The import stopped")) {
            assertThat(System.nanoTime()).as("the import's end").isLessThan(deadline);
            MockVaadin.runUIQueue();
            Thread.sleep(20);
        }
        assertThat(zip.status.getText()).isEqualTo("Done: 1 imported, 0 skipped, 0 failed");
        assertThat(articles.find("zip-on-its-own-thread")).isPresent();
    }

    private static byte[] zipOf(String name, String content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void push_is_on_while_the_import_page_is_open_and_off_once_the_editor_leaves() {
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);

        UI.getCurrent().navigate("editor/deleted");

        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    void an_empty_text_is_refused_next_to_the_text_field() {
        view.text.setValue("   ");

        view.save.click();

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("an article needs a text");
    }

    @Test
    void a_missing_publication_date_is_refused() {
        view.published.clear();

        view.save.click();

        assertThat(view.published.isInvalid()).isTrue();
        assertThat(view.published.getErrorMessage()).isEqualTo("required");
    }

    @Test
    void a_title_too_long_and_a_text_stored_already_are_both_said_at_once() {
        view.title.setValue("T".repeat(301));
        view.text.setValue(reader.article("rferl-russian-pm-in-minsk-2020-09-03")
                .orElseThrow()
                .text());

        view.save.click();

        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("this article is already stored (same text)");
    }

    @Test
    void an_article_already_stored_is_refused_and_nothing_changes() {
        long before = articles.count();
        view.text.setValue(reader.article("rferl-russian-pm-in-minsk-2020-09-03")
                .orElseThrow()
                .text());

        view.save.click();

        assertThat(view.text.getErrorMessage()).isEqualTo("this article is already stored (same text)");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void a_missing_publisher_is_shown_next_to_the_publisher() {
        view.publisher.clear();

        view.save.click();

        assertThat(view.publisher.isInvalid()).isTrue();
        assertThat(view.publisher.getErrorMessage()).isEqualTo("required");
    }

    @Test
    void a_sound_article_is_stored_with_its_paragraphs() {
        view.save.click();

        var stored = reader.article("lukashenka-meets-putin-in-sochi").orElseThrow();
        assertThat(stored.passages()).hasSize(2);
        assertThat(stored.published()).isEqualTo(LocalDate.of(2021, 9, 9));
    }

    @Test
    void every_problem_is_shown_at_once_next_to_its_field_and_required_fields_are_marked() {
        long before = articles.count();
        view.title.clear();
        view.publisher.clear();
        view.url.setValue("www.example.com/story");
        view.published.clear();
        view.text.setValue(" ");

        view.save.click();

        assertThat(List.<HasValidation>of(view.title, view.publisher, view.url, view.published, view.text))
                .allSatisfy(field -> assertThat(field.isInvalid()).isTrue());
        assertThat(view.url.getErrorMessage()).isEqualTo("must be a web address starting with http:// or https://");
        assertThat(view.text.getErrorMessage()).isEqualTo("an article needs a text");
        assertThat(List.<HasValueAndElement<?, ?>>of(
                        view.title, view.publisher, view.language, view.published, view.text))
                .allSatisfy(
                        field -> assertThat(field.isRequiredIndicatorVisible()).isTrue());
        assertThat(view.url.isRequiredIndicatorVisible()).isFalse();
        assertThat(view.text.getMinHeight()).isEqualTo("24em");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void a_value_over_its_limit_is_refused_with_a_message_not_cut() {
        view.title.setValue("Long ".repeat(61));
        view.url.setValue("ftp://example.com/story");

        view.save.click();

        assertThat(view.title.getMaxLength()).isZero();
        assertThat(view.title.getValue()).hasSize(305);
        assertThat(view.title.getErrorMessage()).isEqualTo("at most 300 characters (this has 304)");
        assertThat(view.url.isInvalid()).isTrue();
        assertThat(reader.article("long-long-long")).isEmpty();
    }

    @Test
    void an_https_address_is_accepted() {
        view.title.setValue("An article with its web address");
        view.text.setValue("SOCHI -- The web address test: the two leaders met on Thursday.");
        view.url.setValue("https://example.com/lukashenka-meets-putin");

        view.save.click();

        assertThat(view.url.isInvalid()).isFalse();
        assertThat(articles.find("an-article-with-its-web-address")
                        .orElseThrow()
                        .url())
                .isEqualTo("https://example.com/lukashenka-meets-putin");
    }
}
