package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.SortOrder;
import java.util.List;
import org.brtimeline.chronology.EventOrder;

/**
 * The list's order: by date when the reader sorted the "When" column, else best matches first for a search, else
 * oldest first (the grid's sort cycles ascending, descending, none: none brings a search's ranking back).
 */
final class ListOrder {

    static final String WHEN = "when";

    private ListOrder() {}

    static EventOrder of(List<? extends SortOrder<?>> sortOrders, String text) {
        if (byDate(sortOrders)) {
            return newestFirst(sortOrders) ? EventOrder.NEWEST_FIRST : EventOrder.OLDEST_FIRST;
        }
        return text == null || text.isBlank() ? EventOrder.OLDEST_FIRST : EventOrder.BEST_MATCH;
    }

    /** Whether the date column is sorted newest first, in a data query's or in the grid's terms. */
    static boolean newestFirst(List<? extends SortOrder<?>> sortOrders) {
        return sortOrders.stream().anyMatch(o -> o.getDirection() == SortDirection.DESCENDING && isWhen(o.getSorted()));
    }

    private static boolean byDate(List<? extends SortOrder<?>> sortOrders) {
        return sortOrders.stream().anyMatch(o -> isWhen(o.getSorted()));
    }

    private static boolean isWhen(Object sorted) {
        return WHEN.equals(sorted) || sorted instanceof Grid.Column<?> column && WHEN.equals(column.getKey());
    }
}
