package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.brtimeline.timeline.EmbedCode;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The {@code <iframe>} snippet that shows the timeline on show (its filters, window and open event) on another site. */
class EmbedDialog extends Dialog {

    final TextArea snippet = new TextArea("HTML");

    EmbedDialog(String code) {
        setHeaderTitle("Embed this timeline");
        setWidth("min(100%, 40em)");
        snippet.setValue(code);
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addClassName("embed-snippet");
        Button copy = new Button("Copy", VaadinIcon.COPY.create(), click -> copy(code));
        add(
                new Paragraph("Paste this into a web page to show these events there, as they are here: the"
                        + " reader can move, zoom and open events, each linking back to this site."),
                snippet);
        getFooter().add(copy, new Button("Close", click -> close()));
    }

    /** Opens the dialog for these parameters, the page's address being the site's. */
    static void open(QueryParameters parameters) {
        String site = ServletUriComponentsBuilder.fromContextPath(
                        VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build()
                .toUriString();
        String address = EmbedCode.address(site, parameters.getQueryString());
        new EmbedDialog(EmbedCode.iframe(address, "Belarus–Russia timeline", "100%", EmbedCode.DEFAULT_HEIGHT)).open();
    }

    private void copy(String code) {
        getElement()
                .executeJs("return navigator.clipboard.writeText($0)", code)
                .then(
                        done -> Notification.show("Copied"),
                        failed -> Notification.show("The browser did not allow copying: select the text instead"));
    }
}
