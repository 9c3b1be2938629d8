package org.brtimeline.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.WritingTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The editors' import page: an upload, then the report of what became a draft or why nothing did. */
@WritingTest
class EventImportViewTest {

    @Autowired
    ApplicationContext context;

    private EventImportView view;

    @BeforeEach
    void open() {
        BrowserlessUi.openAs(context, "bob", "EDITOR");
        UI.getCurrent().navigate("editor/events/import");
        view = _get(EventImportView.class);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    private void upload(String name, String content) {
        UploadKt._upload(view.upload, name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_uploaded_file_becomes_drafts_each_linking_to_its_editor_page() {
        upload("events.csv", "title,start,category\nUploaded on the import page,2021-06-01,economy\n");

        assertThat(view.status.getText()).isEqualTo("Imported 1 event as drafts (CSV)");
        assertThat(_find(view.stored, Anchor.class)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("1 June 2021: Uploaded on the import page");
            assertThat(link.getHref()).matches("editor/events/\\d+");
        });
        assertThat(_find(view.rejected, ListItem.class)).isEmpty();
    }

    @Test
    void a_rejected_file_lists_every_problem_and_stores_nothing() {
        upload("events.json", """
                {"events": [{"start_date": {"year": 2021}, "text": {"headline": ""}, "group": "economy"}]}""");

        assertThat(view.status.getText()).isEqualTo("Nothing imported: 1 problem (TimelineJS)");
        assertThat(_find(view.rejected, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("slide 1, text.headline: required");
        assertThat(_find(view.stored, Anchor.class)).isEmpty();
    }

    @Test
    void the_category_chosen_on_the_page_goes_to_events_the_file_gives_none() {
        view.category.setValue(org.brtimeline.chronology.Category.MILITARY);

        upload("events.csv", "title,start,category\nNo category in the file,2021-07-01,\n");

        assertThat(view.status.getText()).isEqualTo("Imported 1 event as drafts (CSV)");
    }
}
