package org.brtimeline.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Set;

/** The frame of every page: the title bar, the side navigation, and the editor's login state. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("Belarus–Russia timeline");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
        title.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        addToNavbar(new DrawerToggle(), title, account(authentication));

        SideNav nav = new SideNav();
        nav.addItem(readersItems());
        if (Viewers.isEditor(authentication)) {
            SideNav editing = new SideNav("Editing");
            editing.addItem(new SideNavItem("New event", "editor/events/new", VaadinIcon.PLUS.create()));
            editing.addItem(new SideNavItem("Add article", "editor/articles/new", VaadinIcon.FILE_ADD.create()));
            editing.addItem(new SideNavItem("Import events", "editor/events/import", VaadinIcon.UPLOAD.create()));
            SideNavItem review = new SideNavItem("Review", "editor/review", VaadinIcon.INBOX.create());
            review.setMatchNested(true);
            editing.addItem(review);
            editing.addItem(new SideNavItem("Deleted events", "editor/deleted", VaadinIcon.TRASH.create()));
            if (authentication.hasRole("ADMIN")) {
                editing.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
                editing.addItem(new SideNavItem("Backup", "admin/backup", VaadinIcon.DATABASE.create()));
            }
            addToDrawer(nav, editing);
        } else {
            addToDrawer(nav);
        }
        setPrimarySection(Section.DRAWER);
        // The reader's light/dark choice is remembered in the browser, not on the server.
        getElement()
                .executeJs("const t = localStorage.getItem('br-timeline-theme');"
                        + "if (t) document.documentElement.setAttribute('theme', t);");
    }

    /** Each page's content is the document's main landmark, so assistive technology can jump to it. */
    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * The browser marks the item whose path matches the address (query parameters ignored): the
     * home page is the timeline, and an article is under the articles.
     */
    static SideNavItem[] readersItems() {
        SideNavItem timeline = new SideNavItem("Timeline", "timeline", VaadinIcon.CALENDAR_CLOCK.create());
        timeline.setPathAliases(Set.of(""));
        SideNavItem articles = new SideNavItem("Articles", "articles", VaadinIcon.NEWSPAPER.create());
        articles.setMatchNested(true);
        return new SideNavItem[] {
            timeline,
            new SideNavItem("Chronology", "chronology", VaadinIcon.LIST.create()),
            new SideNavItem("Story", "story", VaadinIcon.OPEN_BOOK.create()),
            articles
        };
    }

    private static HorizontalLayout account(AuthenticationContext authentication) {
        Button theme = new Button(
                VaadinIcon.ADJUST.create(),
                e -> e.getSource()
                        .getElement()
                        .executeJs(
                                "const root = document.documentElement; const next = root.getAttribute('theme') === 'dark' ? '' : 'dark';"
                                        + "root.setAttribute('theme', next); localStorage.setItem('br-timeline-theme', next);"));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        theme.setAriaLabel("Switch between light and dark theme");
        theme.setTooltipText("Light / dark");
        HorizontalLayout box = new HorizontalLayout(theme);
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        box.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            Button logout = new Button("Log out", e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            box.add(new Span(name), logout);
                        },
                        () -> box.add(new Anchor("login", "Editors' login")));
        return box;
    }
}
