package org.brtimeline.timeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.EventQuery;
import org.brtimeline.chronology.EventStatus;
import org.brtimeline.chronology.SelectedPassage;
import org.brtimeline.reader.ReaderService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Printing, with the browser's print media: the printable list holds every event of a selection
 * larger than the lazy list draws (here {@value #EVENTS} published events of 1950, added to a
 * database of its own), and no page prints the navigation.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-print;DB_CLOSE_DELAY=-1")
@WithMockUser(roles = "EDITOR")
class PrintBrowserIT extends ReaderBrowserTest {

    private static final int EVENTS = 90;
    private static final String SELECTION = "from=1950-01-01&to=1950-12-31";
    private static final String ARTICLE = "rferl-russian-pm-in-minsk-2020-09-03";

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ReaderService reader;

    private static String title(int number) {
        return "Printed event number %02d".formatted(number);
    }

    @BeforeEach
    void ninetyEventsIn1950() {
        if (chronology.count(EventQuery.window(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31), null)) > 0) {
            return;
        }
        String quote = "MINSK -- Russian Prime Minister Mikhail Mishustin has arrived in Minsk";
        int at = reader.article(ARTICLE).orElseThrow().text().indexOf(quote);
        for (int number = 1; number <= EVENTS; number++) {
            EventDraft draft = new EventDraft();
            draft.setTitle(title(number));
            draft.setCategory(Category.DIPLOMACY);
            draft.setStart(LocalDate.of(1950, 1, 1).plusDays(number * 3L));
            draft.setPrecision(DatePrecision.DAY);
            draft.setStatus(EventStatus.PUBLISHED);
            editor.create(draft, List.of(new SelectedPassage(ARTICLE, at, at + quote.length())));
        }
    }

    /** Whether the app layout's title bar and drawer are left out (display: none). */
    private boolean navigationHidden() {
        return (Boolean)
                page.locator("vaadin-app-layout")
                        .evaluate(
                                "layout => ['navbar', 'drawer'].every(part => getComputedStyle(layout.shadowRoot.querySelector(`[part~=${part}]`)).display === 'none')");
    }

    @Test
    void the_printable_list_prints_every_event_of_a_large_selection_without_the_navigation() {
        page.navigate(url("/chronology?" + SELECTION));
        page.locator("vaadin-grid").waitFor();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print the list"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/chronology/print\\?" + SELECTION));
        assertThat(page.locator("h2")).hasText("Chronology: " + EVENTS + " events, in date order");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator("table.print-list tbody tr:visible")).hasCount(EVENTS);
        assertThat(page.locator("table.print-list tbody tr td:nth-child(2)").allTextContents())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, EVENTS)
                        .mapToObj(PrintBrowserIT::title)
                        .toList());
        assertThat(navigationHidden()).isTrue();
        assertThat(page.getByText("Back to the list")).isHidden();
        // Printed for real: the rows run over several sheets instead of stopping where the screen ends.
        assertThat(pages(page.pdf(new Page.PdfOptions().setFormat("A4"))))
                .as("printed A4 pages")
                .isGreaterThanOrEqualTo(2);
    }

    /** How many pages a PDF has (Chromium writes one {@code /Type /Page} object per page). */
    private static int pages(byte[] pdf) {
        Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }

    @Test
    void the_list_printed_as_it_is_says_where_the_whole_list_is() {
        page.navigate(url("/chronology?" + SELECTION));
        page.locator("vaadin-grid").waitFor();
        assertThat(page.locator(".print-only")).isHidden();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator(".print-only")).isVisible();
        assertThat(page.locator(".print-only")).containsText("“Print the list” prints every event of the selection");
        assertThat(navigationHidden()).isTrue();
    }

    @Test
    void the_timeline_prints_without_the_navigation() {
        page.navigate(url("/timeline?from=2020-09-01&to=2020-09-30"));
        events().first().waitFor();
        assertThat(navigationHidden()).isFalse();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(navigationHidden()).isTrue();
        assertThat(events().first()).isVisible();
    }
}
