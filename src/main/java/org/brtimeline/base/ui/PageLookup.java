package org.brtimeline.base.ui;

import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.modulith.NamedInterface;

/**
 * What is at one of a feature's addresses with a parameter ({@code events/:id}): a page to
 * preview, or nothing. Features declare theirs as Spring beans; {@link FirstResponses} uses them to
 * answer 404 for what does not exist and to let shared links unfurl (chat apps and social sites
 * read the server's first HTML, before any script runs).
 */
@NamedInterface("page-lookup")
public interface PageLookup {

    /** Empty if {@code path} (as in the address, without the leading slash) is not this feature's. */
    Optional<Page> look(String path);

    /**
     * The page at {@code folder/{id}}: empty when {@code path} is not in that folder, {@link Missing} when the id is
     * not a number or {@code find} finds nothing, otherwise what it found.
     */
    static Optional<Page> byId(String path, String folder, LongFunction<Optional<Found>> find) {
        if (!path.startsWith(folder + "/") || path.indexOf('/', folder.length() + 1) >= 0) {
            return Optional.empty();
        }
        String id = path.substring(folder.length() + 1);
        if (!id.matches("\\d{1,18}")) {
            return Optional.of(new Missing());
        }
        return Optional.of(
                find.apply(Long.parseLong(id)).<Page>map(found -> found).orElseGet(Missing::new));
    }

    /** What a feature found at one of its addresses. */
    @NamedInterface("page-lookup")
    sealed interface Page permits Found, Missing {}

    /**
     * A page that exists, with its title and a description as plain text, on one line and cut to at most 300
     * characters; an {@code embeddable} one announces the oEmbed endpoint ({@code /api/oembed}) that gives its frame.
     */
    @NamedInterface("page-lookup")
    record Found(String title, String description, boolean embeddable) implements Page {

        private static final int MAX_DESCRIPTION = 300;

        public Found {
            description =
                    shortened(description == null ? "" : description.strip().replaceAll("\\s+", " "));
        }

        public Found(String title, String description) {
            this(title, description, false);
        }

        private static String shortened(String text) {
            if (text.length() <= MAX_DESCRIPTION) {
                return text;
            }
            int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
            return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1) + "…";
        }
    }

    /** One of the feature's addresses where nothing is (an unknown id): it answers 404. */
    @NamedInterface("page-lookup")
    record Missing() implements Page {}
}
