package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.brtimeline.base.ui.DateFields;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.reader.ArticleChoice;
import org.brtimeline.reader.ReaderService;

/** The filters both the timeline and the list offer; it reports every change as a new {@link ChronologyFilter}. */
public class FilterBar extends FlexLayout {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Search");
    final MultiSelectComboBox<EventDetails.ActorRef> actors = new MultiSelectComboBox<>("Actors");
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>("Categories");
    final ComboBox<ArticleChoice> article = new ComboBox<>("Article");
    final Button clear = new Button("Clear filters");
    private static final String REVERSED = "After To: the window would end before it starts";
    private final ChronologyService chronology;
    private final ReaderService reader;
    private Consumer<ChronologyFilter> listener = f -> {};
    private ChronologyFilter current = ChronologyFilter.none();
    private boolean updating;
    private boolean reversedShown;
    private com.vaadin.flow.component.details.Details folder;

    /**
     * The actors' and articles' lists are loaded a page at a time as the reader opens them or types, never whole: a
     * session holds what its reader looked at, however many actors and articles there are.
     */
    public FilterBar(ChronologyService chronology, ReaderService reader) {
        this.chronology = chronology;
        this.reader = reader;
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        from.setI18n(
                DateFields.iso().setMinErrorMessage(DateFields.OUT_OF_YEARS).setMaxErrorMessage(REVERSED));
        to.setI18n(DateFields.iso()
                .setMinErrorMessage("Before From: the window would end before it starts")
                .setMaxErrorMessage(DateFields.OUT_OF_YEARS));
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
            picker.setWidth("10em");
        }
        text.setPlaceholder("titles, summaries, quotes");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actors.setItems(query ->
                chronology.actorChoices(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        actors.setItemLabelGenerator(EventDetails.ActorRef::name);
        categories.setItems(Category.values());
        categories.setItemLabelGenerator(Category::label);
        article.setItems(query ->
                reader.articleChoices(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());
        article.setItemLabelGenerator(ArticleChoice::label);
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
        actors.setValue(new HashSet<>(chronology.actors(filter.actorIds())));
        categories.setValue(filter.categories());
        article.setValue(
                filter.article() == null
                        ? null
                        : reader.articleChoice(filter.article()).orElse(null));
        boolean narrowed = filter.text() != null && !filter.text().isBlank()
                || !filter.actorIds().isEmpty()
                || !filter.categories().isEmpty()
                || filter.article() != null;
        if (folder != null && narrowed) {
            folder.setOpened(true);
        }
        bound();
        updating = false;
    }

    /** Each date picker's calendar offers only the days that keep the window the right way round, in the years a filter takes. */
    private void bound() {
        from.setMin(DateFields.FIRST_DAY);
        from.setMax(to.getValue() == null ? DateFields.LAST_DAY : to.getValue());
        to.setMin(from.getValue() == null ? DateFields.FIRST_DAY : from.getValue());
        to.setMax(DateFields.LAST_DAY);
    }

    private void changed() {
        if (updating) {
            return;
        }
        // a date that is no date, or a window that ends before it starts, is refused next to its field; the chart
        // keeps the window it showed
        boolean reversed = from.getValue() != null
                && to.getValue() != null
                && from.getValue().isAfter(to.getValue());
        if (reversed || reversedShown) {
            from.setErrorMessage(reversed ? REVERSED : null);
            from.setInvalid(reversed);
            reversedShown = reversed;
        }
        bound();
        if (reversed || from.isInvalid() || to.isInvalid()) {
            return;
        }
        // a search the index cannot run is refused next to the field; the chart keeps the last search it showed
        var problem = EventQuery.searchProblem(text.getValue());
        text.setErrorMessage(problem.map(p -> "Too long: " + p).orElse(null));
        text.setInvalid(problem.isPresent());
        if (problem.isPresent()) {
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
