package org.brtimeline.reader.ui;

import java.util.Optional;
import java.util.regex.Pattern;
import org.brtimeline.base.ui.PageLookup;
import org.brtimeline.reader.ReaderService;
import org.springframework.stereotype.Component;

/** What is at an article's address ({@code articles/{slug}}) before the view runs: its title, publisher, date and first words, or nothing. */
@Component
class ArticlePreview implements PageLookup {

    private static final Pattern READER = Pattern.compile("articles/([^/]+)");

    private final ReaderService reader;

    ArticlePreview(ReaderService reader) {
        this.reader = reader;
    }

    @Override
    public Optional<Page> look(String path) {
        var matcher = READER.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(reader.article(matcher.group(1))
                .<Page>map(article -> new Found(
                        article.title(), article.publisher() + ", " + article.publishedLabel() + ". " + article.text()))
                .orElseGet(Missing::new));
    }
}
