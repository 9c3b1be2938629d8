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

    /**
     * A U.S. state as news agencies abbreviate it after a city ("Birmingham, Ala.", "Woodland Hills, Calif.-based"):
     * the commas around it belong to a place's name, not a clause.
     */
    static final String US_STATE = "(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss"
            + "|Mo|Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Tex|Va|Vt|Wash|Wis"
            + "|Wyo|D\\.C)\\.";

    /** A comma that is no break: before a state's abbreviation after a city, or right after it. */
    static final String PLACE_COMMA = "(?:(?=,\\s" + US_STATE + ")|(?<=\\b" + US_STATE + "))";

    private Names() {}

    /** A name of {@code fewest} to {@code most} capitalised words. */
    static String of(int fewest, int most) {
        return WORD + "(?:\\s+" + WORD + "){" + (fewest - 1) + "," + (most - 1) + "}";
    }
}
