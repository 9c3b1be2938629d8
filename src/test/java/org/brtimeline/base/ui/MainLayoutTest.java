package org.brtimeline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.Stream;
import org.brtimeline.AnonymousReader;
import org.brtimeline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The side navigation marks the page the reader is on, whatever its query parameters. */
@IntegrationTest
@ExtendWith(AnonymousReader.class)
class MainLayoutTest {

    private static final String EPOCH = "epoch-times-putin-arrives-in-minsk-2022-12-19";

    @Test
    void the_home_page_marks_the_timeline() {
        assertThat(markedOn("", QueryParameters.empty())).containsExactly("Timeline");
    }

    @Test
    void the_timeline_with_an_open_event_marks_the_timeline() {
        assertThat(markedOn("timeline", QueryParameters.of("event", "3"))).containsExactly("Timeline");
    }

    @Test
    void the_filtered_chronology_marks_the_chronology() {
        assertThat(markedOn("chronology", QueryParameters.of("category", "diplomacy")))
                .containsExactly("Chronology");
    }

    @Test
    void the_article_list_and_an_article_mark_the_articles() {
        assertThat(markedOn("articles", QueryParameters.empty())).containsExactly("Articles");
        assertThat(markedOn("articles/" + EPOCH, QueryParameters.of("evidence", "1")))
                .containsExactly("Articles");
    }

    /** The labels of the items the browser marks as current at this address. */
    private static List<String> markedOn(String route, QueryParameters query) {
        UI.getCurrent().navigate(route, query);
        String path = UI.getCurrent().getActiveViewLocation().getPath();
        return _find(SideNavItem.class).stream()
                .filter(item -> marks(item, path))
                .map(SideNavItem::getLabel)
                .toList();
    }

    /**
     * The rule of {@code <vaadin-side-nav-item>}: its path or one of its aliases is the address's
     * path (the query does not count), or, when it matches nested paths, a folder above it.
     */
    private static boolean marks(SideNavItem item, String path) {
        return Stream.concat(Stream.of(item.getPath()), item.getPathAliases().stream())
                .map(p -> p.replaceFirst("^/", ""))
                .anyMatch(p -> p.equals(path) || (item.isMatchNested() && path.startsWith(p + "/")));
    }
}
