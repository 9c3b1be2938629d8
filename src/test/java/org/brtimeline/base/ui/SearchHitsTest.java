package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHitsTest {

    private static List<String> rendered(List<Component> parts) {
        return parts.stream()
                .map(c -> c instanceof Text text
                        ? text.getText()
                        : "[" + c.getElement().getText() + "]")
                .toList();
    }

    @Test
    void every_occurrence_of_a_term_is_marked_whatever_its_case() {
        assertThat(rendered(SearchHits.marked("Lukashenko met Putin; lukashenko left.", List.of("lukashenko"))))
                .containsExactly("[Lukashenko]", " met Putin; ", "[lukashenko]", " left.");
    }

    @Test
    void a_word_is_marked_in_any_inflection_and_with_or_without_diacritics() {
        assertThat(rendered(SearchHits.marked("Protests in Minsk; a protester was detained.", List.of("protesting"))))
                .containsExactly("[Protests]", " in Minsk; a ", "[protester]", " was detained.");
        assertThat(rendered(SearchHits.marked("Neliupšienė said", List.of("neliupsiene"))))
                .containsExactly("[Neliupšienė]", " said");
    }

    @Test
    void neighbouring_marked_words_read_as_one_mark() {
        assertThat(rendered(SearchHits.marked("Alexander Lukashenko", List.of("alexander", "alexander lukashenko"))))
                .containsExactly("[Alexander Lukashenko]");
    }

    @Test
    void a_name_of_several_words_is_marked_only_where_its_words_come_together() {
        // A search for "Lavrov" also stands for his full name; the search finds that name only as a whole.
        assertThat(rendered(SearchHits.marked(
                        "Sergei Aleinik met Sergei Lavrov.", List.of("lavrov", "sergei lavrov", "sergey lavrov"))))
                .containsExactly("Sergei Aleinik met ", "[Sergei Lavrov]", ".");
    }

    @Test
    void a_quoted_phrase_is_marked_where_it_occurs_and_its_words_alone_are_not() {
        assertThat(rendered(SearchHits.marked("Talks in Moscow, then Moscow talks.", List.of("moscow talks"))))
                .containsExactly("Talks in Moscow, then ", "[Moscow talks]", ".");
    }

    @Test
    void markup_stays_text() {
        List<Component> parts = SearchHits.marked("<b>Minsk</b>", List.of("minsk"));

        assertThat(rendered(parts)).containsExactly("<b>", "[Minsk]", "</b>");
        assertThat(parts.get(1).getElement().getTag()).isEqualTo("mark");
    }

    @Test
    void without_terms_the_text_is_one_plain_part() {
        assertThat(rendered(SearchHits.marked("Nothing to mark", List.of()))).containsExactly("Nothing to mark");
    }
}
