package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.IntConsumer;
import org.brtimeline.chronology.DateBucket;

/**
 * "Jump to year": a choice of the years that have events; reports the reader's choice, not the list's updates. A combo
 * box (typing a year works too) rather than a select, whose web component the production bundle does not hold.
 */
class YearJump extends ComboBox<Integer> {

    private IntConsumer listener = y -> {};
    private boolean updating;

    YearJump() {
        setLabel("Jump to year");
        setPlaceholder("Year");
        setItemLabelGenerator(String::valueOf);
        setWidth("8em");
        addValueChangeListener(e -> {
            if (e.getValue() != null && !updating) {
                listener.accept(e.getValue());
            }
        });
    }

    void onJump(IntConsumer listener) {
        this.listener = listener;
    }

    /** Offers the years of these per-year counts that have events. */
    void showYearsOf(List<DateBucket> perYear) {
        updating = true;
        setItems(perYear.stream()
                .filter(bucket -> bucket.count() > 0)
                .map(bucket -> bucket.start().getYear())
                .distinct()
                .toList());
        updating = false;
    }
}
