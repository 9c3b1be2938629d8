package org.brtimeline.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinServletRequest;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ui.EventDetailTool;
import org.brtimeline.export.Citations;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The "Cite" button under every event's detail: it opens the event's sources as citations. */
@org.springframework.stereotype.Component
class CiteTool implements EventDetailTool {

    private final Citations citations;

    CiteTool(Citations citations) {
        this.citations = citations;
    }

    @Override
    public Component create(EventDetails event) {
        Button cite = new Button("Cite", VaadinIcon.QUOTE_LEFT.create());
        cite.addClassName("cite-button");
        cite.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cite.setEnabled(!event.evidence().isEmpty());
        cite.addClickListener(
                click -> new CiteDialog(event.id(), format -> citations.format(format, event, site())).open());
        return cite;
    }

    /** Scheme, host and context path of the page, which the citations' links start with. */
    private static String site() {
        return ServletUriComponentsBuilder.fromContextPath(
                        VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build()
                .toUriString();
    }
}
