package org.brtimeline.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.brtimeline.base.DatePrecision;
import org.junit.jupiter.api.Test;

class DraftMergeTest {

    private static EventDraft base() {
        EventDraft draft = new EventDraft();
        draft.setTitle("Putin visits Minsk");
        draft.setSummary("A working visit.");
        draft.setCategory(Category.DIPLOMACY);
        draft.setPlaces("Minsk");
        draft.setStart(LocalDate.of(2022, 12, 19));
        draft.setPrecision(DatePrecision.DAY);
        return draft;
    }

    @Test
    void changes_to_different_fields_are_both_kept() {
        EventDraft mine = base();
        mine.setSummary("A working visit, his first in three years.");
        EventDraft theirs = base();
        theirs.setTitle("Putin pays a working visit to Minsk");
        theirs.setCategory(Category.ECONOMY);

        DraftMerge merge = DraftMerge.of(base(), mine, theirs);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.takenFromTheirs()).containsExactly(DraftMerge.Field.TITLE, DraftMerge.Field.CATEGORY);
        EventDraft merged = merge.merged();
        assertThat(merged.getTitle()).isEqualTo("Putin pays a working visit to Minsk");
        assertThat(merged.getSummary()).isEqualTo("A working visit, his first in three years.");
        assertThat(merged.getCategory()).isEqualTo(Category.ECONOMY);
        assertThat(merged.getStart()).isEqualTo(LocalDate.of(2022, 12, 19));
    }

    @Test
    void the_same_field_changed_by_both_is_a_conflict_showing_both_values() {
        EventDraft mine = base();
        mine.setTitle("My title");
        mine.setCategory(Category.POLITICS);
        EventDraft theirs = base();
        theirs.setTitle("Their title");
        theirs.setCategory(Category.ECONOMY);

        DraftMerge merge = DraftMerge.of(base(), mine, theirs);

        assertThat(merge.conflicts())
                .containsExactly(
                        new DraftMerge.Conflict(DraftMerge.Field.TITLE, "My title", "Their title"),
                        new DraftMerge.Conflict(DraftMerge.Field.CATEGORY, "Politics", "Economy"));
        assertThat(merge.merged().getTitle()).isEqualTo("My title");
        EventDraft picked = merge.resolved(Set.of(DraftMerge.Field.CATEGORY));
        assertThat(picked.getTitle()).isEqualTo("My title");
        assertThat(picked.getCategory()).isEqualTo(Category.ECONOMY);
    }

    @Test
    void the_same_change_made_by_both_is_no_conflict() {
        EventDraft mine = base();
        mine.setPlaces("Minsk, Moscow");
        EventDraft theirs = base();
        theirs.setPlaces("Minsk; Moscow ");

        assertThat(DraftMerge.of(base(), mine, theirs).conflicts()).isEmpty();
    }

    @Test
    void a_date_merges_as_a_whole_so_that_start_and_precision_stay_together() {
        EventDraft mine = base();
        mine.setStart(LocalDate.of(2022, 12, 1));
        mine.setPrecision(DatePrecision.MONTH);
        EventDraft theirs = base();
        theirs.setStart(LocalDate.of(2022, 12, 20));

        DraftMerge merge = DraftMerge.of(base(), mine, theirs);

        assertThat(merge.conflicts())
                .containsExactly(new DraftMerge.Conflict(DraftMerge.Field.DATE, "December 2022", "20 December 2022"));
    }

    @Test
    void blank_and_missing_text_are_the_same() {
        EventDraft base = base();
        base.setWording("");
        EventDraft theirs = base();
        theirs.setWording(null);

        assertThat(DraftMerge.of(base, base(), theirs).takenFromTheirs()).isEmpty();
    }
}
