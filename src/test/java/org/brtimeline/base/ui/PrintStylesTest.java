package org.brtimeline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A printed page holds the content only: the theme's print rules hide the app's navigation. */
class PrintStylesTest {

    private static final Path STYLES = Path.of("frontend/themes/timeline/styles.css");

    @Test
    void printing_hides_the_title_bar_and_the_drawer() throws IOException {
        String print = mediaBlock(Files.readString(STYLES), "@media print");

        assertThat(print)
                .contains("vaadin-app-layout::part(navbar)", "vaadin-app-layout::part(drawer)")
                .containsPattern("::part\\(drawer\\)[^{]*\\{\\s*display:\\s*none");
    }

    /** The body of the first {@code @media} block with this prelude, braces balanced. */
    private static String mediaBlock(String css, String prelude) {
        int start = css.indexOf(prelude);
        assertThat(start).as(prelude + " in " + STYLES).isNotNegative();
        int open = css.indexOf('{', start);
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return css.substring(open + 1, i);
            }
        }
        throw new AssertionError(prelude + " is not closed in " + STYLES);
    }
}
