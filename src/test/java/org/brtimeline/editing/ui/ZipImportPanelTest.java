package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.brtimeline.corpus.ArticleBatchImport;
import org.junit.jupiter.api.Test;

/** What the zip import says about each file. */
class ZipImportPanelTest {

    @Test
    void an_imported_file_links_to_its_review() {
        ListItem item = ZipImportPanel.outcome(new ArticleBatchImport.Outcome(
                "new.txt", ArticleBatchImport.Result.IMPORTED, "imported as new-article", "new-article"));

        assertThat(item.getText()).startsWith("new.txt: imported");
        assertThat(_find(item, Anchor.class))
                .singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo("editor/review/new-article"));
    }

    @Test
    void a_failed_file_is_named_once_with_its_reason() {
        ListItem item = ZipImportPanel.outcome(new ArticleBatchImport.Outcome(
                "broken.md",
                ArticleBatchImport.Result.FAILED,
                "must start with a '---' line of YAML front matter",
                null));

        assertThat(item.getElement().getTextRecursively())
                .isEqualTo("broken.md: failed — must start with a '---' line of YAML front matter");
        assertThat(_find(item, Anchor.class)).isEmpty();
    }
}
