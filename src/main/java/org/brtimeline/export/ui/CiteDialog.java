package org.brtimeline.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.brtimeline.export.Citations;
import org.brtimeline.export.Citations.Format;

/** An event's sources in each citation format, to copy or to download. */
class CiteDialog extends Dialog {

    final Map<Format, TextArea> texts = new EnumMap<>(Format.class);
    final Map<Format, Anchor> downloads = new EnumMap<>(Format.class);

    CiteDialog(long eventId, Function<Format, String> citation) {
        setHeaderTitle("Cite the sources of this event");
        setWidth("min(100%, 44em)");
        TabSheet formats = new TabSheet();
        formats.setWidthFull();
        for (Format format : Format.values()) {
            formats.add(format.label(), tab(eventId, format, citation.apply(format)));
        }
        add(formats);
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
    }

    private VerticalLayout tab(long eventId, Format format, String citation) {
        TextArea text = new TextArea(format.label());
        text.setValue(citation);
        text.setReadOnly(true);
        text.setWidthFull();
        text.setMaxHeight("50vh");
        text.addClassName("citation-" + format.extension());
        texts.put(format, text);
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> copy(citation));
        Anchor download = new Anchor(Citations.address(eventId, format), "Download ." + format.extension());
        // A file to save, not a view: the router must let the browser fetch it.
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", "");
        downloads.put(format, download);
        HorizontalLayout actions = new HorizontalLayout(copy, download);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(text, actions);
        tab.setPadding(false);
        return tab;
    }

    private void copy(String citation) {
        getElement()
                .executeJs("return navigator.clipboard.writeText($0)", citation)
                .then(
                        done -> Notification.show("Copied"),
                        failed -> Notification.show("The browser did not allow copying: select the text instead"));
    }
}
