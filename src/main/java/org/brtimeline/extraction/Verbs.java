package org.brtimeline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English verb forms for titles: the present tense of a past form, the plural of a verb, and which subjects take it. */
final class Verbs {

    /** A word that makes a clause of what looked like a subject: "Elian has been the focus of …", "… plans to …". */
    static final Pattern FINITE_WORD = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being|has|have|had"
            + "|will|would|can|could|may|might|shall|should|must|do|does|did|says|plans|includes|heads|continues"
            + "|remains|contains|shows|seeks|wants|needs|expects)\\b");

    /** A name that holds "and" and ends in an organisation's noun: "… and Naturalization Service", "… and Gamble Co.". */
    private static final Pattern ONE_NAME_WITH_AND = Pattern.compile("\\band\\s+(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3}"
            + "(?:Service|Council|Committee|Ministry|Department|Agency|Organi[sz]ation|Association|Bank|Company|Co\\.?"
            + "|Corp\\.?|Corporation|Inc\\.?|Group|Commission|Office|Administration|Institute)$");

    /** An amount before "of": "two", "thirty-two", "tens of thousands", "more than two-thirds", "some", "most". */
    private static final Pattern AMOUNT =
            Pattern.compile("(?:(?:more than|less than|about|nearly|almost|some|all)\\s+)?"
                    + "(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|\\p{L}+-(?:one|two|three|four|five|six|seven"
                    + "|eight|nine)|twenty|thirty|forty|fifty|hundreds|thousands|millions|tens|dozens|scores|some|many|most|all"
                    + "|both|several|few|half|two-thirds|a third|a quarter|a majority|the majority|the rest|none|each)(?:\\s+of"
                    + "\\s+(?:hundreds|thousands|millions))?");

    /** A name and what it is, between commas: "Slepian, 52, an obstetrician and gynecologist,". */
    private static final Pattern DESCRIBED_NAME =
            Pattern.compile("(?<name>" + Names.of(1, 5) + "),\\s+(?:\\d{1,3},\\s+)?(?:a|an|the|\\p{Ll}|"
                    + Names.POSSESSIVE + ")" + "(?![^,]*,\\s+(?:and\\s+)?\\p{Lu})");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("met", "meets"),
            Map.entry("held", "holds"),
            Map.entry("said", "says"),
            Map.entry("told", "tells"),
            Map.entry("took", "takes"),
            Map.entry("made", "makes"),
            Map.entry("gave", "gives"),
            Map.entry("came", "comes"),
            Map.entry("went", "goes"),
            Map.entry("began", "begins"),
            Map.entry("became", "becomes"),
            Map.entry("sent", "sends"),
            Map.entry("spoke", "speaks"),
            Map.entry("left", "leaves"),
            Map.entry("brought", "brings"),
            Map.entry("paid", "pays"),
            Map.entry("led", "leads"),
            Map.entry("won", "wins"),
            Map.entry("saw", "sees"),
            Map.entry("froze", "freezes"),
            Map.entry("kept", "keeps"),
            Map.entry("found", "finds"),
            Map.entry("hit", "hits"),
            Map.entry("struck", "strikes"),
            Map.entry("fled", "flees"),
            Map.entry("fell", "falls"),
            Map.entry("rose", "rises"),
            Map.entry("cut", "cuts"),
            Map.entry("set", "sets"),
            Map.entry("put", "puts"),
            Map.entry("shot", "shoots"),
            Map.entry("sought", "seeks"),
            Map.entry("drew", "draws"),
            Map.entry("ran", "runs"),
            Map.entry("wrote", "writes"),
            Map.entry("chose", "chooses"),
            Map.entry("lost", "loses"),
            Map.entry("beat", "beats"),
            Map.entry("stood", "stands"),
            Map.entry("thought", "thinks"),
            Map.entry("swept", "sweeps"),
            Map.entry("fought", "fights"),
            Map.entry("bought", "buys"),
            Map.entry("built", "builds"),
            Map.entry("sold", "sells"),
            Map.entry("threw", "throws"),
            Map.entry("broke", "breaks"),
            Map.entry("spent", "spends"),
            Map.entry("lent", "lends"),
            Map.entry("meant", "means"),
            Map.entry("dealt", "deals"),
            Map.entry("withdrew", "withdraws"),
            Map.entry("overtook", "overtakes"),
            Map.entry("undertook", "undertakes"),
            Map.entry("stole", "steals"),
            Map.entry("swore", "swears"),
            Map.entry("drove", "drives"),
            Map.entry("flew", "flies"),
            Map.entry("grew", "grows"),
            Map.entry("knew", "knows"),
            Map.entry("blew", "blows"),
            Map.entry("shook", "shakes"),
            Map.entry("forgave", "forgives"),
            Map.entry("forgot", "forgets"),
            Map.entry("sank", "sinks"),
            Map.entry("sang", "sings"),
            Map.entry("rang", "rings"),
            Map.entry("stuck", "sticks"),
            Map.entry("slept", "sleeps"),
            Map.entry("taught", "teaches"),
            Map.entry("caught", "catches"),
            Map.entry("upheld", "upholds"),
            Map.entry("withheld", "withholds"),
            Map.entry("overthrew", "overthrows"),
            Map.entry("overran", "overruns"),
            Map.entry("arose", "arises"),
            Map.entry("hid", "hides"),
            Map.entry("tore", "tears"),
            Map.entry("wept", "weeps"),
            Map.entry("believed", "believes"),
            // a verb that ends in a double consonant of its own
            Map.entry("added", "adds"),
            Map.entry("erred", "errs"));

    /**
     * Stems of regular verbs whose present tense keeps a final e: "arrived" → "arrive", "stated" → "state",
     * "associated" → "associate", "filed" → "file", "described" → "describe", "exploded" → "explode"; not
     * "appeared", "avoided", "belonged", "looked", "focused". A one-syllable stem ending in one vowel and one
     * consonant keeps an e ("filed", "ruled", "voted"), since such a verb without one doubles its consonant
     * ("planned"); longer stems keep one only after the endings listed, the others ("visited", "opened",
     * "targeted") do not.
     */
    private static final Pattern E_STEM = Pattern.compile("(?:[^aeiouy]*[aeiou][^aeiouwxy]|.*(?:[vcuz]|(?<![oiu]n)g"
            + "|creat|[^aeiou]at|(?:[^aeiou]|u)ad|[iu]at|[^aeiou]ar|(?:[^aeiou]|u)ir|[^aeiou]ur|[^aeo]in|(?:[^aeo]|u)id|[^a]ud|[^o]od|ib"
            + "|[^aeiou]ul|[^aeiou]il|pon|[^aeiou]let|[vn]it|[^e]ed|os|[^o]ok|[^o]ut|as|is|(?<!foc)us|rs|ms|ns|ls|ps"
            + "|bl|tl|pl|dl|gl|kl|uot|sum|com))");

    /** A stem of more than one syllable ending in -ell or -oll: its l was doubled for the past tense. */
    private static final Pattern DOUBLED_L = Pattern.compile(".*[aeiouy][^aeiouy]+[eo]ll");

    private Verbs() {}

    static String present(String past) {
        String word = past.toLowerCase(Locale.ROOT);
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        // "proceed", "succeed", "need": not a past at all
        if (!word.endsWith("ed") || word.matches(".*(?:ceed|need|feed|heed|bleed|breed|speed|weed|seed)")) {
            return word;
        }
        if (word.endsWith("eed")) {
            // agreed, guaranteed, freed: the verb ends in "ee"
            return word.substring(0, word.length() - 1) + "s";
        }
        String stem = word.substring(0, word.length() - 2);
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "ies";
        }
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        if (doubled && "lsz".indexOf(stem.charAt(stem.length() - 1)) < 0
                || DOUBLED_L.matcher(stem).matches()) {
            // "stopped" → "stop"; "repelled", "controlled", "cancelled" → "repel", "control", "cancel" (a stem of
            // more than one syllable in -el or -ol doubles its l), but "killed", "recalled", "installed" keep it
            stem = stem.substring(0, stem.length() - 1);
        } else if (E_STEM.matcher(stem).matches() || stem.endsWith("e")) {
            stem = stem.endsWith("e") ? stem : stem + "e";
        }
        return stem.matches(".*(?:s|sh|ch|x|z|[^aeiou]o)$") ? stem + "es" : stem + "s"; // "echoed": "echoes"
    }

    /** The verb for two or more subjects ("Lukashenko and Putin"): "agrees" → "agree", "is appointed" → "are appointed". */
    static String plural(String singular) {
        int space = singular.indexOf(' ');
        String verb = space < 0 ? singular : singular.substring(0, space);
        String tail = space < 0 ? "" : singular.substring(space);
        String plural;
        if (verb.equals("is")) {
            plural = "are";
        } else if (verb.equals("has")) {
            plural = "have";
        } else if (verb.matches("[^aeiou]ies")) {
            plural = verb.substring(0, verb.length() - 1); // "dies", "lies", "ties": "die", "lie", "tie"
        } else if (verb.endsWith("ies")) {
            plural = verb.substring(0, verb.length() - 3) + "y";
        } else if (verb.matches(".*(?:ss|sh|ch|x|zz|o)es")) {
            plural = verb.substring(0, verb.length() - 2);
        } else if (verb.endsWith("s") && !verb.endsWith("ss")) {
            plural = verb.substring(0, verb.length() - 1);
        } else {
            plural = verb;
        }
        return plural + tail;
    }

    /** A preposition after a noun phrase's head (not "of", which the amounts need). */
    private static final Pattern HEAD_ENDS = Pattern.compile("\\s(?:for|in|on|at|from|with|about|against|over|to)\\s");

    /** Two subjects ("Lukashenko and Putin"), "they" or "we", or a plural noun as the head at the end of the subject ("alarm bells"). */
    static boolean takesPlural(String subject) {
        // "The Immigration and Naturalization Service": one name with "and" inside it
        if (ONE_NAME_WITH_AND.matcher(subject).find()) {
            return false;
        }
        // "Slepian, 52, an obstetrician and gynecologist,": what the commas say of a name leaves it one
        Matcher described = DESCRIBED_NAME.matcher(subject);
        if (described.lookingAt()) {
            return takesPlural(described.group("name"));
        }
        // "… area say they [have gathered]": a subject that ends in "they" is theirs
        if (subject.contains(" and ")
                || subject.matches("(?i)they|we|some|many|both|few|several|others|all")
                || subject.matches("(?is).*\\s(?:they|we)")) {
            return true;
        }
        // the head of "the list of instructions" is "list"; after an amount ("two of", "tens of thousands of", "some
        // of")
        // the noun counted is ("people"), and "one of" is one
        String head = subject;
        int of = subject.indexOf(" of ");
        if (of > 0) {
            String before = subject.substring(0, of).toLowerCase(Locale.ROOT);
            if (before.matches("(?:.*\\s)?one")) {
                return false;
            }
            if (!FINITE_WORD.matcher(subject.substring(of)).find()) {
                head = AMOUNT.matcher(before).matches() ? subject : subject.substring(0, of);
            }
        }
        // the head of "the demand for workers", "Pentagon sources in Washington" is before the preposition
        Matcher preposition = HEAD_ENDS.matcher(head);
        if (head == subject && !subject.contains(",") && preposition.find()) {
            head = head.substring(0, preposition.start());
        }
        String last = head.substring(head.lastIndexOf(' ') + 1);
        if (head != subject && head.equals(last)) {
            last = last.toLowerCase(Locale.ROOT); // "Truckloads of goods": a noun counted, not a name
        }
        // a capital may be a name ("Paribas", "The New York Times"), unless the word alone opens the sentence as a
        // plural of people does ("Traders say", "Officials say")
        // "the Iraqis", "some 1,500 ethnic Albanians": people of a country
        if (head.matches("(?:(?:the|some|many|\\d[\\d,]*)\\s+)*(?:\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+(?:is|ans)")) {
            return true;
        }
        return last.toLowerCase(Locale.ROOT).matches("people|police|children|men|women")
                || last.matches("\\p{Ll}+[^suiy\\W]s") && !last.equals("news")
                // "authorities", "worries"; not "series", "species"
                || last.matches("\\p{Ll}+ies") && !last.matches("series|species")
                || head.equals(last) && last.matches("\\p{Lu}\\p{Ll}+(?:ers|ors|ists|ysts|ants|ents|ians|als|ees|ies)");
    }
}
