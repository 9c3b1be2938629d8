package org.brtimeline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.brtimeline.BrowserlessUi;
import org.brtimeline.IntegrationTest;
import org.brtimeline.backup.ui.BackupView;
import org.brtimeline.editing.ui.ArticleImportView;
import org.brtimeline.editing.ui.DeletedEventsView;
import org.brtimeline.editing.ui.EventEditorView;
import org.brtimeline.editing.ui.EventImportView;
import org.brtimeline.security.ui.LoginView;
import org.brtimeline.security.ui.UserAdminView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Each editing route, tried as an anonymous reader, an editor and an admin. */
@IntegrationTest
class RouteAccessTest {

    private static final Map<String, Class<? extends Component>> EDITOR_ROUTES = Map.of(
            "editor/events/new", EventEditorView.class,
            "editor/deleted", DeletedEventsView.class,
            "editor/articles/new", ArticleImportView.class,
            "editor/events/import", EventImportView.class);

    @Autowired
    ApplicationContext context;

    private void openAs(String name, String... roles) {
        if (name == null) {
            BrowserlessUi.openAnonymously(context);
        } else {
            BrowserlessUi.openAs(context, name, roles);
        }
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.close();
    }

    private boolean shows(String route, Class<? extends Component> view) {
        UI.getCurrent().navigate(route);
        return !_find(view).isEmpty();
    }

    @Test
    void an_anonymous_reader_is_sent_to_the_login_from_every_editing_route() {
        openAs(null);
        for (var route : EDITOR_ROUTES.entrySet()) {
            assertThat(shows(route.getKey(), route.getValue()))
                    .as(route.getKey())
                    .isFalse();
            assertThat(_find(LoginView.class)).as(route.getKey()).hasSize(1);
        }
        assertThat(shows("admin/users", UserAdminView.class)).isFalse();
        assertThat(shows("admin/backup", BackupView.class)).isFalse();
    }

    @Test
    void an_anonymous_reader_sees_the_timeline_the_chronology_and_the_articles() {
        openAs(null);

        assertThat(shows("", org.brtimeline.timeline.ui.TimelineView.class)).isTrue();
        assertThat(shows("chronology", org.brtimeline.timeline.ui.ChronologyListView.class))
                .isTrue();
        assertThat(shows("articles", org.brtimeline.reader.ui.ArticleListView.class))
                .isTrue();
    }

    @Test
    void an_editor_reaches_every_editing_route_but_not_the_user_admin_nor_the_backup() {
        openAs("editor", "EDITOR");
        for (var route : EDITOR_ROUTES.entrySet()) {
            assertThat(shows(route.getKey(), route.getValue()))
                    .as(route.getKey())
                    .isTrue();
        }
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(UserAdminView.class)).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/backup"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(BackupView.class)).isEmpty();
    }

    @Test
    void an_admin_reaches_the_user_admin_and_the_backup() {
        openAs("admin", "ADMIN");

        assertThat(shows("admin/users", UserAdminView.class)).isTrue();
        assertThat(shows("admin/backup", BackupView.class)).isTrue();
        assertThat(shows("editor/events/new", EventEditorView.class)).isTrue();
    }
}
