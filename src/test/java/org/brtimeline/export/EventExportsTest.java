package org.brtimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventOrder;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.Test;

/** An export reads the matching events slice by slice, oldest first, and stops at its limit. */
class EventExportsTest {

    private static final EventQuery ALL = EventQuery.everything();

    /** A chronology of {@code total} events, answering slices as the real one does (at most a page each). */
    private static ChronologyService chronologyOf(long total) {
        ChronologyService chronology = mock(ChronologyService.class);
        when(chronology.slice(eq(ALL), anyLong(), anyInt(), eq(EventOrder.OLDEST_FIRST)))
                .thenAnswer(call -> {
                    long offset = call.getArgument(1);
                    int limit = Math.min(call.<Integer>getArgument(2), ChronologyService.MAX_PAGE_SIZE);
                    return LongStream.range(offset, Math.min(total, offset + limit))
                            .mapToObj(id -> SampleEvents.day(id, "Event " + id, LocalDate.of(2020, 1, 1)))
                            .toList();
                });
        return chronology;
    }

    private static List<Long> exported(long total, int max) throws Exception {
        EventExports exports = new EventExports(chronologyOf(total), mock(ArticleService.class), max);
        List<Long> ids = new ArrayList<>();
        exports.forEach(ALL, event -> ids.add(event.id()));
        return ids;
    }

    @Test
    void every_event_comes_once_in_order_across_slices() throws Exception {
        assertThat(exported(2_345, 10_000))
                .containsExactlyElementsOf(LongStream.range(0, 2_345).boxed().toList());
    }

    @Test
    void no_more_than_the_limit_is_read() throws Exception {
        assertThat(exported(5_000, 1_500)).hasSize(1_500).endsWith(1_499L);
        assertThat(exported(1_000, 1_000)).hasSize(1_000);
    }

    @Test
    void an_exact_multiple_of_the_slice_ends_cleanly() throws Exception {
        assertThat(exported(2_000, 10_000)).hasSize(2_000).doesNotHaveDuplicates();
        assertThat(exported(0, 10_000)).isEmpty();
    }
}
