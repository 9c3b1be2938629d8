package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.reader.ArticleSummary;

/** The filters both the timeline and the list offer; it reports every change as a new {@link ChronologyFilter}. */
public class FilterBar extends FlexLayout {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Search");
    final MultiSelectComboBox<EventDetails.ActorRef> actors = new MultiSelectComboBox<>("Actors");
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>("Categories");
    final ComboBox<ArticleSummary> article = new ComboBox<>("Article");
    final Button clear = new Button("Clear filters");
    private final List<EventDetails.ActorRef> actorChoices;
    private final List<ArticleSummary> articleChoices;
    private Consumer<ChronologyFilter> listener = f -> {};
    private ChronologyFilter current = ChronologyFilter.none();
    private boolean updating;
    private com.vaadin.flow.component.details.Details folder;

    public FilterBar(List<EventDetails.ActorRef> actorChoices, List<ArticleSummary> articleChoices) {
        this.actorChoices = actorChoices;
        this.articleChoices = articleChoices;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        text.setPlaceholder("titles, summaries, quotes");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actors.setItems(actorChoices);
        actors.setItemLabelGenerator(EventDetails.ActorRef::name);
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(Category::code);
        article.setItems(articleChoices);
        article.setItemLabelGenerator(a -> a.publisher() + ": " + a.title());
        article.setClearButtonVisible(true);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            // The fields are emptied too, or the next change would apply their old values again.
            show(ChronologyFilter.none().withEvent(current.event()));
            listener.accept(current);
        });
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        text.addValueChangeListener(e -> changed());
        actors.addValueChangeListener(e -> changed());
        categories.addValueChangeListener(e -> changed());
        article.addValueChangeListener(e -> changed());
        add(from, to, text, actors, categories, article, clear);
    }

    /** The filters folded under a "Filters" summary, so that on a phone the chart comes first. */
    static com.vaadin.flow.component.details.Details collapsible(FilterBar bar) {
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details("Filters", bar);
        details.setWidthFull();
        bar.folder = details;
        return details;
    }

    public void onChange(Consumer<ChronologyFilter> listener) {
        this.listener = listener;
    }

    /** Shows a filter (from the URL) without reporting it back. */
    public void show(ChronologyFilter filter) {
        updating = true;
        current = filter;
        from.setValue(filter.from());
        to.setValue(filter.to());
        text.setValue(filter.text() == null ? "" : filter.text());
        actors.setValue(actorChoices.stream()
                .filter(a -> filter.actorIds().contains(a.id()))
                .collect(Collectors.toSet()));
        categories.setValue(filter.categories());
        article.setValue(articleChoices.stream()
                .filter(a -> a.slug().equals(filter.article()))
                .findFirst()
                .orElse(null));
        boolean narrowed = filter.text() != null && !filter.text().isBlank()
                || !filter.actorIds().isEmpty()
                || !filter.categories().isEmpty()
                || filter.article() != null;
        if (folder != null && narrowed) {
            folder.setOpened(true);
        }
        updating = false;
    }

    private void changed() {
        if (updating) {
            return;
        }
        current = current.withNarrowing(
                from.getValue(),
                to.getValue(),
                text.getValue(),
                actors.getValue().stream().map(EventDetails.ActorRef::id).collect(Collectors.toSet()),
                categories.getValue(),
                article.getValue() == null ? null : article.getValue().slug());
        listener.accept(current);
    }
}
