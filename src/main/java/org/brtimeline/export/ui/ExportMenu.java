package org.brtimeline.export.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small "Export" menu of download links for the events a view shows, in every export format; the view hands it
 * its filters (in the names of the read API: from, to, q, actor, category, article) whenever they change.
 */
public class ExportMenu extends Composite<MenuBar> {

    /** A format: its address under {@code api/export/} and its name in the menu. */
    record Format(String file, String label) {}

    static final List<Format> FORMATS = List.of(
            new Format("events.csv", "CSV (one row per event)"),
            new Format("events.csv?rows=evidence", "CSV (one row per quote)"),
            new Format("events.json", "JSON"),
            new Format("timelinejs.json", "TimelineJS"),
            new Format("annotations.jsonld", "Web Annotations of the quotes (JSON-LD)"),
            new Format("events.ics", "Calendar (iCalendar, dated to the day)"));

    final List<Anchor> links = FORMATS.stream().map(ExportMenu::link).toList();

    public ExportMenu() {
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem export = bar.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add("Export");
        export.setAriaLabel("Export these events");
        links.forEach(export.getSubMenu()::addItem);
        show(QueryParameters.empty());
    }

    /** Points every link at the events these parameters select; other parameters (the open event) do not go along. */
    public void show(QueryParameters filters) {
        Map<String, List<String>> kept = new LinkedHashMap<>(filters.getParameters());
        kept.keySet().retainAll(List.of("from", "to", "q", "actor", "category", "article"));
        String query = new QueryParameters(kept).getQueryString();
        for (int i = 0; i < FORMATS.size(); i++) {
            String file = FORMATS.get(i).file();
            String separator = file.contains("?") ? "&" : "?";
            links.get(i).setHref("api/export/" + file + (query.isEmpty() ? "" : separator + query));
        }
    }

    private static Anchor link(Format format) {
        Anchor link = new Anchor("api/export/" + format.file(), format.label());
        // A file to save, not a view: the router must let the browser fetch it.
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", "");
        return link;
    }
}
