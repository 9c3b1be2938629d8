package org.brtimeline.extraction;

/**
 * How the title rules write a name in their patterns: capitalised words with the dots, apostrophes and hyphens names
 * hold ("Gen. Nhek Bunchhay", "O'Brien", "Jean-Marie"), a possessive name ("Mr. Bush's"), and what an apposition after
 * a name begins with. The patterns that read "a name and what it is" ({@code Subjects}, {@code Speakers}, {@code
 * Verbs}, {@code Openings}, {@code Clauses}) are built from these, so that they agree on what a name is.
 */
final class Names {

    /** A capitalised word: "Gen.", "Bunchhay", "O'Brien". */
    static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";

    /** A possessive name and the space after it: "Mr. Bush's ", "King Hussein's ". */
    static final String POSSESSIVE = "(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*['’]s\\s";

    private Names() {}

    /** A name of {@code fewest} to {@code most} capitalised words. */
    static String of(int fewest, int most) {
        return WORD + "(?:\\s+" + WORD + "){" + (fewest - 1) + "," + (most - 1) + "}";
    }
}
