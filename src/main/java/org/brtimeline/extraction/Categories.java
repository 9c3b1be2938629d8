package org.brtimeline.extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A category suggested from words: the first category whose stems a text holds, in the order below (a detention is
 * repression before it is politics); a title that tells what someone says is a statement, whatever it is about.
 */
final class Categories {

    /** A title that tells what someone says: its subject, then a verb of saying or of an opinion voiced. */
    private static final Pattern SAYS = Pattern.compile("(?:\\S+\\s+){1,6}?(?:says|say|states|tells|tell|warns|warn"
            + "|declares|notes|stresses|insists|argues|claims|denies|deny|dismisses|expresses|voices|criticizes"
            + "|criticises|condemns|condemn)\\b");

    private static final List<Map.Entry<String, Pattern>> CATEGORIES = List.of(
            Map.entry(
                    "REPRESSION",
                    words(
                            "detain",
                            "arrest",
                            "sentenc",
                            "jail",
                            "prison",
                            "crackdown",
                            "trial",
                            "convict",
                            "charged",
                            "raid",
                            "searched",
                            "extremist",
                            "banned",
                            "ban ")),
            Map.entry("PROTEST", words("protest", "rally", "rallies", "demonstrat", "march ", "strike", "uprising")),
            Map.entry(
                    "MILITARY",
                    words(
                            "troops",
                            "military",
                            "army",
                            "soldier",
                            "forces",
                            "weapon",
                            "missile",
                            "drill",
                            "exercise",
                            "defence minister",
                            "defense",
                            "invasion",
                            "offensive",
                            "attack",
                            "air force",
                            "patrol",
                            "warplane",
                            "fighter jet",
                            "nuclear",
                            "warhead",
                            "base")),
            Map.entry(
                    "ECONOMY",
                    words(
                            "gas",
                            "oil",
                            "loan",
                            "trade",
                            "econom",
                            "price",
                            "billion",
                            "million",
                            "export",
                            "import",
                            "tariff",
                            "budget",
                            "investment",
                            "sanction")),
            Map.entry(
                    "DIPLOMACY",
                    words(
                            "talks",
                            "met ",
                            "meet",
                            "visit",
                            "arriv",
                            "counterpart",
                            "negotiat",
                            "summit",
                            "delegation",
                            "ambassador",
                            "foreign minister",
                            "treaty",
                            "agreement",
                            "relations")),
            Map.entry(
                    "POLITICS",
                    words(
                            "elect",
                            "vote",
                            "appoint",
                            "resign",
                            "parliament",
                            "constitution",
                            "referendum",
                            "president",
                            "government",
                            "power",
                            "ruled",
                            "ruling",
                            "inaugurat",
                            "sworn in",
                            "took office",
                            "in office",
                            "dies",
                            "died")),
            Map.entry(
                    "STATEMENT",
                    words(
                            "said",
                            "says",
                            "stated",
                            "told",
                            "warned",
                            "declared",
                            "announced",
                            "called",
                            "statement",
                            "believes",
                            "noted",
                            "stressed")));

    private Categories() {}

    /**
     * The category of an event: STATEMENT when its title tells what someone says ("Tsikhanouskaya says deploying
     * Russian forces … would be a mistake"); else the title's words, which say what happened, before those of the part
     * of the sentence its date dates ("Lukashenko, who has ruled the country since 1994": not the weapons of the main
     * clause), before the whole sentence's.
     */
    static String of(String title, Optional<String> part, String sentence) {
        return SAYS.matcher(title).lookingAt()
                ? "STATEMENT"
                : matched(title).or(() -> part.flatMap(Categories::matched)).orElseGet(() -> of(sentence));
    }

    /** The category a text's words suggest; STATEMENT when none does. */
    static String of(String text) {
        return matched(text).orElse("STATEMENT");
    }

    private static Optional<String> matched(String text) {
        return CATEGORIES.stream()
                .filter(c -> c.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Pattern words(String... stems) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", stems) + ")");
    }
}
