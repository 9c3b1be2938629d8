package org.brtimeline.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says happened, by rules: who (the chronology's actors and their aliases, and new
 * names worth proposing), where (a {@link Gazetteer}), a category, and a title in the chronology's
 * style, "who does what" in the present tense ("Lavrov and Makei hold talks in Moscow").
 */
public final class EventDescriber {

    /** Titles of the chronology are short: at most about this many characters, cut at a word, never with "…". */
    static final int MAX_TITLE = 90;
    /** A title that is a whole clause may be this much longer than {@link #MAX_TITLE} rather than be cut ("about 90"). */
    private static final int WHOLE_CLAUSE_SLACK = 10;
    /** The longest title: a whole clause a little over {@link #MAX_TITLE}. */
    static final int LONGEST_TITLE = MAX_TITLE + WHOLE_CLAUSE_SLACK;

    /** A person's title before the name: "Foreign Minister", "Secretary of State". */
    private static final String PERSON_TITLE =
            "(?:(?:Deputy|Acting|Former|First)\\s+)?(?:Prime Minister|Foreign Minister"
                    + "|Defen[cs]e Minister|Interior Minister|Minister|President|Secretary of State|Secretary"
                    + "|Spokes(?:man|woman|person)|Ambassador|Chairman|Chairwoman|Speaker|General|Senator|Governor|Mayor|Patriarch)";

    private static final Pattern TITLED_PERSON = Pattern.compile(
            "(?<title>" + PERSON_TITLE + ")\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:the\\s+)?(?<name>(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:Ministry|Council|Committee|Court|Parliament"
                    + "|Assembly|Service|Agency|Party|Department|Army|Union|Bank|Commission|Alliance|Duma|Guard"
                    + "|Forces)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?)");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}.])\\p{Lu}{3,5}(?![\\p{L}.])");

    /** "There is / have been / were …" at the start of a clause. */
    private static final Pattern EXISTENTIAL = Pattern.compile(
            "(?i)(?:for\\s+)?there\\s+(?:also\\s+)?(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be)\\s+");
    /** A person as the subject of a clause: "he", "she" (not "the", "shed"). */
    /** Two people the text has named: "the two leaders", "the two men", "both presidents". */
    private static final Pattern TWO_OF_THEM = Pattern.compile("\\b(?:[Tt]he\\s+two|[Bb]oth)\\s+(?:men|women|leaders"
            + "|presidents|prime\\s+ministers|ministers|foreign\\s+ministers|heads\\s+of\\s+state)\\b");

    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he)\\b(?!['’-])");

    private static final Pattern SPEECH = Pattern.compile(
            "(?<!(?:was|were|been|is|are|be|being)\\s)\\b(?<verb>said|says|told|stated|announced|warned|declared|noted|stressed|added|urged|demanded"
                    + "|called|claimed|insisted|argued|believes|believed|thinks|thought)\\b"
                    // where or when it was said, before what: "said at a conference in Washington that …"
                    + "(?:\\s+(?:on|in|at|during|after|before|from|to|with)\\s+(?:[^,.;:]{1,60}?(?=\\s+that\\s)|\\S+))?"
                    + "(?:\\s+that)?\\s*");
    /** All of a text up to its last comma or dash. */
    private static final Pattern LAST_PART = Pattern.compile("^.*(?:,|\\s[_—–-])\\s");
    /** What may stand between a speaker and a verb of saying: "Kuleba has also said", "Putin reportedly said". */
    private static final Pattern AUXILIARY_AT_END =
            Pattern.compile("(?:\\s+(?:has|have|had|also|again|later|then|\\p{Ll}+ly))+\\s*$");
    /** A quotation closed before a verb of saying: "…,” says Helms", "…,'' said Dailey", "…,” Prince Bandar said". */
    private static final Pattern QUOTATION_BEFORE_SPEECH =
            Pattern.compile("[,.!?]\\s*(?:[\"”]|'')\\s*(?:[^\"”'`]{1,80}?\\s)?(?:said|says|told|added|insisted|argued"
                    + "|declared)\\b");
    /** What describes a source after its name: "Christine Helms, a Middle East scholar who …", "Dailey, assistant commandant". */
    private static final Pattern SOURCE_DESCRIBED = Pattern.compile(",\\s.*$");
    /** Verbs that tell someone to do something ("told airlines to avoid", "urged Minsk to free"). */
    private static final Pattern TOLD_TO = Pattern.compile("told|urged|asked|called");
    /** Whom an instruction is given and what to do: "European airlines to avoid". */
    private static final Pattern INSTRUCTION = Pattern.compile("(?:on\\s+)?[^,.;:]{1,60}?\\s+to\\s+\\p{Ll}+");
    /** How a relative clause or an aside after a subject begins: "who", "in a letter", "speaking on", "with". */
    private static final String ASIDE_START = "who|which|whose|in|at|on|off|near|of|for|from|with|\\p{Ll}+ing";

    /**
     * A subject and the relative clause or aside between commas after it: "Lukashenko, who was reelected …,", "The
     * Iraqi leader, in an initiative designed …,", "James Baker, speaking on ABC News' This Week,".
     */
    private static final Pattern SUBJECT_RELATIVE_CLAUSE =
            Pattern.compile("([^,]{1,80}?)(,\\s+(?:" + ASIDE_START + ")\\s[^,]*,)");
    /** A title that tells what someone says: its subject, then a verb of saying or of an opinion voiced. */
    private static final Pattern SAYS = Pattern.compile("(?:\\S+\\s+){1,6}?(?:says|say|states|tells|tell|warns|warn"
            + "|declares|notes|stresses|insists|argues|claims|denies|deny|dismisses|expresses|voices|criticizes"
            + "|criticises|condemns|condemn)\\b");
    /** The verbs that only say: what follows them is what was said. */
    private static final Pattern SAY = Pattern.compile("said|says|told|stated|thinks|thought|believes|believed");
    /** A noun phrase's first word: the object of a verb, not the subject of a clause said. */
    private static final Pattern OBJECT_FIRST = Pattern.compile(
            "(?:the|a|an|his|her|its|their|our|plans?|new)\\s+\\p{Ll}+(?:\\s*[,.;]|\\s+(?:in|on|at|to|for|of|and|with)\\b|$)"
                    // "claimed at least 217 lives"
                    + "|(?:at\\s+least\\s+|about\\s+|some\\s+|nearly\\s+|more\\s+than\\s+)?\\d[\\d,.]*\\s+\\p{Ll}+");
    /** The source of a report named after it, at the end of the sentence: ", said X[, his title]" or ", X said". */
    private static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
            ",\\s+(?:(?:said|says|told reporters|reported|announced|predicted|warned|added)\\s+(?<after>\\p{Lu}[^,]{1,60}(?:,[^,]{1,60})?)"
                    + "|(?<before>(?:the\\s+)?\\p{Lu}[^,]{1,60}?|(?:the|his|her|their|its)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+(?:said|says|told reporters|reported|announced|predicted|warned|added)"
                    // where or when: "said in Minsk", "said at a regular news briefing"
                    + "(?:\\s+(?:on|in|at|during)\\s+[^,.;:]{1,40}?)?)[.!]?$");

    /** A source that is a name and what it is: "Julia Blake, an analyst at …". */
    private static final Pattern NAMED_SOURCE =
            Pattern.compile("(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}),\\s+(?:a|an|the|\\p{Ll})");
    /** A dateline: "BRUSSELS (AP) — ", "CAGUAS, Puerto Rico (AP)_ ", "MINSK, Belarus -- ". */
    private static final String DATELINE = "^\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?"
            + "(?:\\s*\\([^)]{1,20}\\)\\s*_|(?:\\s*\\([^)]{1,20}\\))?\\s+(?:--|—|–))\\s+";
    /** Where a second clause starts: "…, and Pol Pot was arrested". */
    private static final Pattern COORDINATED_CLAUSE = Pattern.compile(",\\s+and\\s+(?=\\p{L}[^,]*$)");
    /**
     * A subject that is a name and an apposition between commas: "Gen. Nhek Bunchhay, a loyalist of …,", "Mr. Stronach,
     * founder and controlling shareholder of Magna,".
     */
    private static final Pattern NAME_AND_APPOSITION = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}),\\s+(?:(?:a|an|the)\\s|\\p{Ll})[^,]+,?");
    /** A subject's head and an aside between commas that is no name of a list: "officials, eager to rebut …,". */
    private static final Pattern HEAD_AND_ASIDE = Pattern.compile(
            "(?<head>[^,]{3,60}),\\s+(?!(?:a|an|the|who|which|whose|that|he|she|it|they|we|i|and|or|but|nor)\\b)"
                    + "\\p{Ll}[^,]*,?");
    /** The words before a sentence's first comma, which may be an opening phrase. */
    private static final Pattern OPENING = Pattern.compile("^[^,]{0,120}?,\\s");
    /** A finite verb the rules know by its form, also negated: "is", "has", "wasn't". */
    private static final Pattern FINITE_OR_NEGATED =
            Pattern.compile(Verbs.FINITE_WORD.pattern() + "|(?i)\\b\\p{L}+n['’]t\\b");
    /** A modal before its verb: "will vote", "could not meet", "is to sign". */
    private static final Pattern MODAL = Pattern.compile(
            "\\s(?:will|would|could|can|may|might|must|should|(?:is|are)\\s+to)\\s+(?:not\\s+)?\\p{Ll}{2,}\\b");
    /** Where a place or a time opens a sentence: "In Kuwait, the Iraqis …", "On Monday, …". */
    private static final Pattern PLACE_OR_TIME_FIRST =
            Pattern.compile("(?i)(?:in|on|at(?!\\s+(?:least|most)\\b)|during|after|before|since|amid|over|across|inside"
                    + "|outside)\\s");
    /** The noun phrase a relative pronoun refers to: after the last verb or preposition before it. */
    private static final Pattern LAST_NOUN_PHRASE = Pattern.compile(
            "\\s(?:of|to|on|in|at|for|by|with|from|into|is|are|was|were|be|been)\\s((?:the|a|an)\\s[^,]{3,45})$");
    /** A second verb phrase in the past: "and searched for", "and injured more than 5,000". */
    private static final Pattern SECOND_PAST_VERB = Pattern.compile(
            "\\sand\\s+(\\p{Ll}{3,}ed)\\s+(?=the\\s|a\\s|an\\s|his\\s|her\\s|its\\s|their\\s|\\d|more\\s|at\\s|to\\s|for\\s"
                    + "|in\\s|on\\s|with\\s|nearly\\s|about\\s)");
    /** A verb phrase after another one: "Bush denounced Saddam's policies and said …" is said by Bush, not Saddam. */
    private static final Pattern SECOND_OF_TWO_VERBS = Pattern.compile(",?\\s+and\\s*$");
    /** What a subject ends with before its verb: an apposition or a relative clause between commas. */
    /** An apposition that closes a title, after a name: "Belarus, a close ally of Moscow". */
    private static final Pattern CLOSING_APPOSITION =
            Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{1,30}),\\s+(?:a|an|the)\\s[^,]+$");

    private static final Pattern APPOSITION_AT_END = Pattern.compile(",[^,]*,$");

    /** What is said again and again is no event of a day: "has repeatedly said", "has long argued", "often says". */
    private static final Pattern HABITUAL = Pattern.compile(
            "(?i)\\b(?:repeatedly|regularly|often|always|never|usually|has long|have long|time and again)\\b");
    /**
     * Words after which an "-ed" word is no past event: an adjective after a determiner or "with" ("with unadulterated
     * enthusiasm", "the planned visit"), a state after a present "is" ("is undoubtedly interested"), a form after "to"
     * or a modal ("to be used", "could be involved"), an adjective after a preposition ("a loyalist of ousted Prime
     * Minister Ranariddh").
     */
    private static final Pattern NOT_A_FINITE_VERB_AFTER = Pattern.compile(
            "(?i)\\b(?:a|an|the|with|his|her|its|their|our|this|that|these|those|is|are|am|be|to|will|would|could|can"
                    + "|may|might|should|must|of|for|from|about|against|into|than|among)\\s+(?:\\p{L}+ly\\s+)?$"
                    + "|\\b(?:most|least|best|well|newly)\\s+$");

    /** An apposition after a name: "Farkas, an air force captain, was sent …". */
    private static final Pattern APPOSITION_FIRST = Pattern.compile("(?:a|an|the)\\s[^,]{1,80},");

    /** What follows a noun phrase it belongs to: "First of America, which has 45 banks …". */
    private static final Pattern RELATIVE_FIRST = Pattern.compile("(?:who|whom|whose|which)\\b");

    /**
     * An aside after a subject: "James Baker, speaking on ABC News' This Week, said", "Sun Microsystems Inc., snapping
     * back to profitability …, said", "First Security, with $5.4 billion in assets, said".
     */
    private static final Pattern ASIDE_FIRST = Pattern.compile("(?:" + ASIDE_START + "|\\d{1,3})\\b[^,]{0,80},");

    /** A relative clause between a subject and its predicate: "a suspect | who was returned from Pakistan | had …". */
    private static final Pattern RELATIVE_BEFORE_PREDICATE = Pattern.compile(
            "\\s(?:who|that|which)\\s+(?:is|are|was|were|has|have|had)\\s+[^,]{3,60}?(?=\\s(?:is|are|was|were|has|have"
                    + "|had|will|would|could|can|may|might|must|should|did|does|do)\\s)");
    /** A name and its comma: "Egypt, ", "Treasurer Peter Costello, ". */
    private static final Pattern NAME_FIRST =
            Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*,\\s");
    /** The rest of a list of names: "Syria, Morocco and Bangladesh", "… Robert Hill and Attorney General …". */
    private static final Pattern LIST_REST =
            Pattern.compile("\\p{Lu}[^,]{0,50}(?:,\\s+\\p{Lu}[^,]{0,50})*,?\\s+and\\s+\\p{Lu}");

    /** A noun phrase's start: "The list …", "That …". */
    private static final Pattern DETERMINER_FIRST = Pattern.compile("(?i)(?:the|a|an|this|that|these|those)\\s");

    /** An adverbial's start, which may hold a verb of its own: "In the year ended …, the company …". */
    /** A preposition or conjunction that opens an adverbial, never a subject: "Amid reports that …,". */
    private static final Pattern ADVERBIAL_OPENING = Pattern.compile(
            "(?i)(?:amid|despite|after|before|during|following|although|though|while|because|once|since|until)\\s");

    private static final Pattern ADVERBIAL_FIRST = Pattern.compile("(?i)(?:in|on|at|after|before|during|since|for|with"
            + "|without|under|following|according|despite|amid|as|by|from|through|while|when|until|although|though|if"
            + "|because|once|meanwhile|meantime|separately|however|earlier|later|also|instead|but|and|so|yet|still|now|then"
            + "|thus|indeed|just|alone|[a-z]{3,}ing)\\b");

    /**
     * Where a long subject's head ends: a relative pronoun, a participle or a preposition other than "of" ("the list
     * of instructions | following …", "a Brooklyn woman | who was watching …", "a delegation | headed by …").
     */
    private static final Pattern SUBJECT_MODIFIER = Pattern.compile(
            "\\s(?=\\p{Ll}+ed\\s+by\\s|(?:who|which|following|with|without|in|on|at|for|from|by|under|after|before|during|since"
                    + "|against|between|including|according|led|based|owned|known|called)\\s)");

    /** A capitalised word, and the capitalised words a cut title ends with (part of a name). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*\\b");

    private static final Pattern NAME_WORD_AT_END = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+$");

    /** The word that introduces a date, left out of a title with it: "on September 2", "the year ended Sept. 30". */
    // "earlier on Friday", "later in March": the adverb goes with the date
    /** A date that is an adjective: "third-quarter", "year-earlier". */
    private static final Pattern DATE_ADJECTIVE =
            Pattern.compile("\\p{L}+-(?:quarter|year|month|week|day|earlier|ago|end|period|half)$");
    /** The next word, when it is in lower case. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");
    /** A preposition: what follows a date that is no adjective ("in 1996 on a technicality"). */
    private static final Pattern PREPOSITION =
            Pattern.compile("on|in|at|by|for|from|to|of|with|after|before|since|until|during|over|under|and|or");

    private static final Pattern BEFORE_A_DATE =
            Pattern.compile("(?i)(?:\\b(?:earlier|later)\\s+)?(?:\\b(?:as\\s+of|on|in|at|since|by|until|from|of|during"
                    + "|for|over|within|throughout|earlier|later|ended|ending)\\s+)$");

    /** The negation within a verb: "was not discussed", "has never visited". */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not\\s+yet|not|never)\\b");
    /** A subject that is a relative pronoun after what it refers to: "…, with Aleinik, who". */
    private static final Pattern RELATIVE = Pattern.compile("(?s)(.*?)[,\\s]+(?:who|which)");

    private static final Pattern VERB = Pattern.compile(
            "\\b(?:(?:has|have|had|was|were|is|are)\\s+(?:(?:also|not|never|already|still|just|yet|\\p{Ll}+ly)\\s+){0,2}"
                    + "(?:been\\s+|being\\s+|to\\s+be\\s+)?(?:(?:also|\\p{Ll}+ly)\\s+)?)?(?<!-)(?<verb>\\p{L}+ed|met|held|said|told|took|made|"
                    + "gave|came|went|began|became|sent|spoke|left|brought|paid|led|won|saw|froze|kept|found|"
                    + "meets|holds|says|visits|arrives|signs|calls|sends|begins|takes|makes|comes|goes|wants|includes|"
                    + "warns|urges|suggests|announces|insists|argues|faces|"
                    + "hit|struck|fled|fell|rose|cut|set|put|shot|sought|drew|ran|wrote|chose|lost|beat|stood|"
                    + "swept|fought|bought|built|sold|threw|broke|spent|lent|meant|dealt|withdrew|overtook|undertook|stole|swore|drove|flew|grew|knew|"
                    + "blew|shook|forgave|forgot|sank|sang|rang|stuck|slept|taught|caught|upheld|withheld|overthrew|overran|arose|hid|tore|wept"
                    // a present tense after an adverb that goes with verbs: "directly states", "now holds"
                    + "|(?<=\\b(?:directly|clearly|explicitly|openly|publicly|officially|formally|strongly|firmly"
                    + "|reportedly|now|still|also|again|never)\\s)\\p{Ll}{3,}[^su\\W]s)\\b");
    /** A finite verb of something that happened: "has arrived", "met", "was detained", "says". */
    private static final Pattern EVENT_VERB = Pattern.compile(
            "\\b(?:(?:has|have|was|were)\\s+(?:been\\s+)?)?(?<verb>\\p{Ll}+ed|met|held|said|says|told|took|made|gave"
                    + "|came|began|sent|spoke|left|brought|paid|led|won|froze|struck|fled|fell|arrived|announced)\\b");

    private static final Set<String> NOT_VERBS = Set.of(
            "united",
            "based",
            "red",
            "need",
            "speed",
            "indeed",
            "feed",
            "seed",
            "bled",
            "shed",
            "hundred",
            "sacred",
            "wicked",
            "naked",
            "related",
            "armed",
            "used",
            "so-called",
            "alleged",
            "detailed",
            "limited",
            "supposed",
            "expected",
            "planned",
            "scheduled",
            "proposed",
            "reported");
    /** A clause that ends a title with its verb alone: "… that began", "… as began". */
    private static final Pattern BARE_CLAUSE_AT_END = Pattern.compile(
            "\\s+(?:that|which|who|as|when|after|before|since|until|while|and|but)\\s+(?:(?<auxiliary>was|were|is|are|had"
                    + "|has|have)\\s+)?(?<verb>\\p{Ll}+)[.,;:]*$");
    /** Words of {@link #NOT_VERBS} that are verbs when an object follows them: "Savin Corp. reported a net loss". */
    private static final Set<String> ADJECTIVE_OR_VERB = Set.of("reported", "detailed", "limited", "armed", "used");
    /**
     * The start of an object: "a net loss", "the results", "its earnings", "$35.2 million"; not "that …": what was
     * reported is the news ("BelTa reported that Lukashenka had appointed …").
     */
    private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+(?:a|an|the|its|their|his|her|\\$|\\d)\\b");

    private static final Set<String> DANGLING = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from", "that", "which",
            "who", "as", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "but", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
            "should", "may", "might", "must", "not", "if", "when", "than", "he", "she", "they", "we");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the",
            "a",
            "an",
            "it",
            "this",
            "that",
            "these",
            "those",
            "there",
            "we",
            "they",
            "he",
            "she",
            "our",
            "his",
            "her",
            "its",
            "their",
            "all",
            "no",
            "in",
            "if",
            "as",
            "what",
            "nobody",
            "everyone",
            "none",
            "nothing",
            "each",
            "every",
            "some");
    /** A title cut shorter than this is cut at a word instead of at a phrase. */
    private static final int MIN_CUT_TITLE = 30;
    /** A word cut may go back this far to end before a preposition rather than inside a noun phrase. */
    private static final int MIN_WORD_CUT_TITLE = 60;
    /**
     * What a title too long can do without: an aside between dashes, in parentheses or in an editor's brackets
     * ("troops—and hardware—to", "none of the programs [outlined in the treaty] violates").
     */
    private static final Pattern ASIDE =
            Pattern.compile("\\s*—[^—]{1,80}—\\s*|\\s[–-]\\s[^–]{1,80}?\\s[–-]\\s|\\s*\\([^()]{1,80}\\)"
                    + "|\\s*\\[[^\\[\\]]{1,80}\\]");
    /** What follows a participle that tells what was done: a preposition ("recognized as", "banned in"). */
    private static final Pattern REDUCED_RELATIVE_GOES_ON =
            Pattern.compile("(?:as|by|in|on|at|for|from|to|with|into|under|over|after|before|during)\\b");
    /** A past "was" or "were" of the clause itself, not of a relative clause ("who was", "which were"). */
    private static final Pattern COPULA =
            Pattern.compile("(?<!\\b(?:who|which|that|whom|whose)\\s)(?<!,\\s)\\b(?:was|were)\\b(?![^,]*,\\s)");
    /** "and" or "but" before a verb: a second verb phrase of the same subject. */
    private static final Pattern SECOND_VERB_PHRASE = Pattern.compile("\\s(?:and|but)\\s");
    /** A word that begins a phrase of its own, so a title can end before it. */
    private static final Pattern PHRASE_START = Pattern.compile("\\s(?:of|to|in|on|at|by|for|with|from|into|over|under"
            + "|against|about|between|through|across|toward|towards|near|after|before|during|since|until|and|or|but"
            + "|that|which|who|when|where|while|as|because|if)\\s");
    /** Where a clause or a phrase that a title can do without begins. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("(?:[,;:]|\\s[–—-])(?=\\s)|\\s(?:during which|in which"
            + "|where|when|who|which|while|whereas|with the aim of|in order to|so that|because|although"
            // not "for" before a noun ("calling for the redemption", "responsible for the deaths"): it completes its
            // verb
            + "|for(?=\\s+\\p{L}+ing\\b)|if|unless|after|before|since|until|amid|despite|following)(?=\\s)");

    /** A word that opens a clause of its own within a title: "… as Belarus's leader, Lukashenka, pivots …". */
    private static final Pattern SUBORDINATE =
            Pattern.compile("(?<before>\\p{L}+) (?<word>that|as|while|because|although"
                    + "|though|whether|if)\\s(?!(?:well|of|part|a result|such|\\S+\\s+as)\\b)");
    /** A word after which "that" or "as" opens no clause: "such as", "in that", "said that". */
    private static final Pattern NOT_BEFORE_SUBORDINATE = Pattern.compile(
            "(?i)such|well|so|as|just|in|on|at|of|for|by"
                    + "|with|from|to|under|about|said|says|say|told|tells|tell|stated|thinks|thought|believes|believed|\\p{L}+ing");
    /** What comes before an -ed word that describes a noun: "Belarus's beleaguered", "the armed". */
    private static final Pattern ADJECTIVE_BEFORE =
            Pattern.compile("(?i)(?:['’]s|\\bthe|\\ba|\\ban|\\bhis|\\bher|\\bits|\\btheir|\\bour)\\s+$");
    /** A subject pronoun and the word after it, most often its verb: "that we accept". */
    private static final Pattern SUBJECT_PRONOUN_AND_WORD =
            Pattern.compile("\\b(?:I|we|they|he|she|it|you)\\s+\\p{Ll}+");
    /** An unfinished clause is cut off only when what is left of a title is longer than this. */
    private static final int MIN_UNFINISHED_CUT = 15;
    /** The longest apposition between a name and its verb: "founder and controlling shareholder of Magna". */
    private static final int MAX_APPOSITION = 80;
    /** A name between commas at the start of the words a cut dropped: ", Alyaksandr Lukashenka, pivots". */
    private static final Pattern APPOSITION_FIRST_IN_DROPPED =
            Pattern.compile("^,\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4},\\s+");
    /** A verb in the present after its subject: "pivots to Moscow". */
    private static final Pattern PRESENT_FIRST = Pattern.compile("\\p{Ll}{3,}[^su\\W]s\\b");

    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(",\\s|;\\s|\\s[–—-]\\s|:\\s|\\s(?:who|which|while|whereas|but)\\s");

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

    private final List<KnownActor> actors;
    private final List<Pattern> spellings;
    private final Gazetteer gazetteer;

    public EventDescriber(List<KnownActor> actors, Gazetteer gazetteer) {
        this.actors = List.copyOf(actors);
        this.spellings = this.actors.stream().map(KnownActor::spellings).toList();
        this.gazetteer = gazetteer;
    }

    /** What the sentence says; {@code dates} are the offsets (within the sentence) of its temporal expressions, left out of the title. */
    public Description describe(String sentence, List<int[]> dates) {
        return describe(sentence, dates, null);
    }

    /**
     * As {@link #describe(String, List)}, where a sentence whose subject is "he" or "she", with no person named before
     * it, speaks of the person named last before the sentence ({@code previousPerson}, or null when none was).
     */
    public Description describe(String sentence, List<int[]> dates, KnownActor previousPerson) {
        return describe(sentence, dates, null, previousPerson);
    }

    /**
     * As {@link #describe(String, List, KnownActor)}, for the event of one of the sentence's dates ({@code date}, one of
     * {@code dates}): a date inside a relative clause or a parenthesis dates that clause's event ("Putin (who was banned
     * from entering Moldova on April 28th) is also involved in …" → "Putin is banned from entering Moldova"), and a date
     * closing an adjunct "following / after / before the …" dates what that adjunct names ("… appointed last week
     * following the unexpected death of his predecessor, Vladimir Makei, in late November" → "The unexpected death of
     * his predecessor, Vladimir Makei"). Otherwise the sentence's title.
     */
    /**
     * As {@link #describe(String, List, int[], KnownActor)}, where "the two leaders" ("the two men", "the two
     * presidents", "both ministers") that no person named before it in the sentence explains are the two people named
     * last before the sentence ({@code previousPeople}, in the order named): "The two leaders signed the decree …" →
     * "Putin and Lukashenko sign the decree …".
     */
    public Description describe(
            String sentence,
            List<int[]> dates,
            int[] date,
            KnownActor previousPerson,
            List<KnownActor> previousPeople) {
        Matcher pair = TWO_OF_THEM.matcher(sentence);
        if (previousPeople.size() != 2
                || !pair.find()
                || lastPersonIn(sentence.substring(0, pair.start())).isPresent()) {
            return describe(sentence, dates, date, previousPerson);
        }
        String names =
                previousPeople.get(0).name() + " and " + previousPeople.get(1).name();
        int shift = names.length() - (pair.end() - pair.start());
        String text = sentence.substring(0, pair.start()) + names + sentence.substring(pair.end());
        java.util.function.UnaryOperator<int[]> moved =
                d -> d[0] >= pair.end() ? new int[] {d[0] + shift, d[1] + shift} : d;
        return describe(
                text, dates.stream().map(moved).toList(), date == null ? null : moved.apply(date), previousPerson);
    }

    public Description describe(String sentence, List<int[]> dates, int[] date, KnownActor previousPerson) {
        Map<Integer, KnownActor> named = new TreeMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Matcher m = spellings.get(i).matcher(sentence);
            if (m.find()) {
                named.putIfAbsent(m.start(), actors.get(i));
            }
        }
        Matcher pronoun = PERSONAL_PRONOUN.matcher(sentence);
        KnownActor meantByPronoun = previousPerson != null
                        && pronoun.find()
                        && !named.containsValue(previousPerson)
                        && named.keySet().stream()
                                .noneMatch(at ->
                                        at < pronoun.start() && named.get(at).isPerson())
                ? previousPerson
                : null;
        if (meantByPronoun != null) {
            named.put(pronoun.start(), meantByPronoun);
        }
        List<KnownActor> found = named.values().stream().distinct().toList();
        Optional<DateClause> part = date == null ? Optional.empty() : DateClause.of(sentence, dates, date, found);
        // "the unexpected death of his predecessor, Vladimir Makei" is told as what happened: "Makei dies unexpectedly"
        String title = part.map(clause -> clause.nounPhrase()
                        ? fit(EventNouns.asClause(clause.text()).orElse(clause.text()), found)
                        : title(clause.text(), clause.dates(), found, null))
                .orElse(null);
        // the actors of the part of the sentence the date dates, when it names any ("The unexpected death of his
        // predecessor, Vladimir Makei": Makei, not Lavrov and Aleinik of the main clause)
        List<KnownActor> actorsOfPart = part.map(clause -> found.stream()
                        .filter(a -> indexOf(clause.text(), a) >= 0)
                        .toList())
                .filter(list -> !list.isEmpty())
                .orElse(found);
        String chosen = title != null && !title.isBlank() ? title : wholeTitle(sentence, dates, found, meantByPronoun);
        return new Description(
                chosen,
                actorsOfPart.stream().map(KnownActor::name).toList(),
                newNames(sentence, found),
                part.map(clause -> gazetteer.whereIn(clause.text()))
                        .filter(places -> !places.isEmpty())
                        .orElseGet(() -> gazetteer.whereIn(sentence)),
                // the category of the part the date dates when its words say one ("Lukashenko, who has ruled the
                // country since 1994": not the weapons of the main clause)
                // what someone says is a statement, whatever it is about ("Tsikhanouskaya says deploying Russian forces
                // … would be a mistake")
                // ; else the title's words, which say what happened, before the rest of the sentence's
                SAYS.matcher(chosen).lookingAt()
                        ? "STATEMENT"
                        : matchedCategory(chosen)
                                .or(() -> part.flatMap(clause -> matchedCategory(clause.text())))
                                .orElseGet(() -> category(sentence)));
    }

    /**
     * Whether the sentence reports something that happened, not background: it names a known actor, has a
     * verb in the past or present perfect (or a present "says"), and asks no question.
     */
    public boolean reportsEvent(String sentence) {
        if (sentence.strip().endsWith("?")
                || spellings.stream().noneMatch(p -> p.matcher(sentence).find())) {
            return false;
        }
        if (HABITUAL.matcher(sentence).find()) {
            return false;
        }
        Matcher verb = EVENT_VERB.matcher(sentence);
        while (verb.find()) {
            String before = sentence.substring(Math.max(0, verb.start() - 40), verb.start());
            if (!NOT_VERBS.contains(verb.group("verb").toLowerCase(Locale.ROOT))
                    && !(verb.group().equals(verb.group("verb"))
                            && NOT_A_FINITE_VERB_AFTER.matcher(before).find())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence's event: title, the known actors and new names it names, its places and a category. */
    public record Description(
            String title, List<String> actors, List<String> newNames, List<String> places, String category) {}

    private static Pattern words(String... stems) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", stems) + ")");
    }

    static String category(String sentence) {
        return matchedCategory(sentence).orElse("STATEMENT");
    }

    private static Optional<String> matchedCategory(String text) {
        return CATEGORIES.stream()
                .filter(c -> c.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** People with a title, organisations, acronyms and countries the chronology does not know yet, for the editor to confirm. */
    private List<String> newNames(String sentence, List<KnownActor> known) {
        Set<String> names = new LinkedHashSet<>();
        Matcher person = TITLED_PERSON.matcher(sentence);
        while (person.find()) {
            names.add(person.group("name") + " (" + person.group("title") + ")");
        }
        Matcher organisation = ORGANISATION.matcher(sentence);
        while (organisation.find()) {
            names.add(organisation.group("name"));
        }
        Matcher acronym = ACRONYM.matcher(sentence);
        while (acronym.find()) {
            if (acronym.start() > 0) {
                names.add(acronym.group());
            }
        }
        gazetteer.placesIn(sentence).stream().filter(gazetteer::isCountry).forEach(names::add);
        List<Pattern> knownSpellings = known.stream().map(KnownActor::spellings).toList();
        return names.stream()
                .filter(n -> knownSpellings.stream().noneMatch(p -> p.matcher(n).find()))
                .filter(n ->
                        actors.stream().noneMatch(a -> a.spellings().matcher(n).matches()))
                .toList();
    }

    /**
     * The sentence's title; when the rules leave nothing (a damaged line whose words all stood in brackets: "•
     * (Protest rally in Minsk, September 6, ) 2020"), the sentence itself, cut to a title's length.
     */
    private String wholeTitle(String sentence, List<int[]> dates, List<KnownActor> found, KnownActor meantByPronoun) {
        String title = title(sentence, dates, found, meantByPronoun);
        return title.isBlank() ? fit(sentence.replaceFirst("^[^\\p{L}\\d]+", ""), found) : title;
    }

    /** "Who does what": the subject shortened to the actors' short names, the main verb in the present tense, the rest of its clause. */
    String title(String sentence, List<int[]> dates, List<KnownActor> found, KnownActor meantByPronoun) {
        String plain = withPronounNamed(withoutDates(sentence, dates), meantByPronoun)
                .replaceAll("[“”\"«»]|``|''", "") // also the quotes of wire copy: ``so''
                .replaceFirst(DATELINE, "")
                .replaceAll("\\s*\\([^)]*\\)", "")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:!?])", "$1") // "said in Moscow on September 2." without its date
                .replaceFirst("^[^\\p{L}\\d]+", "")
                .strip();
        String clause = plain;
        // "…, said Dmitry Peskov, the Kremlin's spokesman." / "…, Lavrov said.": the source comes after what happened
        Matcher attribution = TRAILING_ATTRIBUTION.matcher(plain);
        if (attribution.find() && attribution.start() > 15) {
            String reported = plain.substring(0, attribution.start()).strip();
            String source =
                    attribution.group("after") != null ? attribution.group("after") : attribution.group("before");
            // "said Julia Blake, an analyst at London stockbrokers …": a named source is who she is, not where she
            // works
            Matcher named = NAMED_SOURCE.matcher(source);
            String speaker = firstActorIn(named.lookingAt() ? named.group("name") : source, found);
            if (actsItself(reported, found) || speaker == null) {
                // "…, Gremitskikh said at a regular news briefing": a source who is no actor, what was said is the news
                clause = reported;
            } else if (firstClause(reported).split(" ").length >= 3) {
                return fit(speaker + " says " + firstClause(lowerFirst(reported)), found);
            }
        }
        // a verb of saying inside a relative clause ("Lukashenko, who was reelected in a vote the opposition says was
        // rigged, is due to meet …") is not what the sentence reports
        Matcher speech = SPEECH.matcher(blankRelatives(clause));
        if (clause == plain
                && speech.find()
                && !transitive(speech, plain)
                && !SECOND_OF_TWO_VERBS
                        .matcher(plain.substring(0, speech.start()))
                        .find()) {
            String before = plain.substring(0, speech.start()).strip();
            String after = plain.substring(speech.end()).strip();
            String speaker = speakerIn(before, found);

            // "“…,” said Lavrov": the source after the verb, right after what was said; not "… said that his planes had
            // arrived in Minsk", where what follows is what was said
            // “…,” says Christine Helms, a Middle East scholar who has written …: the source and what describes it
            boolean quotation = QUOTATION_BEFORE_SPEECH.matcher(sentence).find();
            String source = quotation ? SOURCE_DESCRIBED.matcher(after).replaceFirst("") : after;
            if (speaker == null && source.length() < 40 && before.endsWith(",") && isSource(source)) {
                // “…,” said Lavrov; not “…,” says one U.S. official
                speaker = firstActorIn(source, actingIn(source, found));
                after = before;
                if (speaker == null && quotation) {
                    // a source who is no actor: what was said is the news, and the verb of saying no verb of it
                    clause = before.substring(0, before.length() - 1);
                }
            } else if (speaker != null && speech.group("verb").equals("told") && after.length() < 40) {
                // “…,” Lukashenko told the BelTA news agency: who was told is no news, what was said comes first
                int comma = before.lastIndexOf(", ");
                String quoted = comma < 0 ? "" : before.substring(0, comma);
                after = quoted.split(" ").length >= 3 ? quoted : after;
            }
            String said = firstClause(lowerFirst(after.isEmpty() ? before : after));
            if (speaker != null && said.split(" ").length >= 3) {
                return fit(speaker + " says " + said, found);
            }
        }
        // an opening phrase before the subject: "At a joint press conference with …, Sergei Lavrov …"; not a subject of
        // its own ("The list of instructions …, published …, includes") nor a clause ("That has not yet been confirmed
        // from Belgrade, the capital")
        Matcher comma = OPENING.matcher(clause);
        if (comma.find() && isOpeningPhrase(clause.substring(0, comma.end()), clause.substring(comma.end()), found)) {
            clause = clause.substring(comma.end());
            // "Meanwhile, as VOA's correspondent reports, General Abacha's supporters began …": a second adverbial
            Matcher second = OPENING.matcher(clause);
            if (ADVERBIAL_FIRST.matcher(clause).lookingAt()
                    && second.find()
                    && isOpeningPhrase(clause.substring(0, second.end()), clause.substring(second.end()), found)) {
                clause = clause.substring(second.end());
            }
        }
        // "There have been unprecedented protests in Belarus …": what there was is the headline
        Matcher existential = EXISTENTIAL.matcher(clause);
        if (existential.lookingAt() && existential.end() < clause.length()) {
            return fit(firstClause(clause.substring(existential.end())), found);
        }
        // not a verb of a relative clause between commas ("Lukashenko, who was reelected …, is due to meet …")
        Matcher verb = VERB.matcher(blankRelatives(clause));
        while (verb.find()) {
            String word = verb.group("verb");
            boolean bare = verb.group().equals(word);
            // "… organisations, published on April 27th, includes …": between commas, a participle in apposition
            boolean apposition =
                    clause.startsWith(", ", Math.max(0, verb.start() - 2)) && clause.startsWith(",", verb.end());
            boolean participle = bare
                    && (apposition
                            || clause.substring(verb.end()).startsWith(" by ")
                            || NOT_A_FINITE_VERB_AFTER
                                    .matcher(clause.substring(Math.max(0, verb.start() - 40), verb.start()))
                                    .find());
            // "reported", "detailed", "limited" describe a noun ("the reported death"), unless an object follows
            // ("Savin Corp. reported a net loss"; after "the", "was"… it is a participle, skipped above all the same)
            boolean adjective = NOT_VERBS.contains(word.toLowerCase(Locale.ROOT))
                    && !(bare
                            && ADJECTIVE_OR_VERB.contains(word.toLowerCase(Locale.ROOT))
                            && OBJECT_AFTER
                                    .matcher(clause)
                                    .region(verb.end(), clause.length())
                                    .lookingAt());
            if (adjective || verb.start() == 0 || participle) {
                continue;
            }
            // "Nearly 9,000 Soviets were among the … foreigners trapped in Iraq": after the clause's own "were", an -ed
            // word describes a noun; the clause is the title, in the present
            Matcher copula = COPULA.matcher(clause.substring(0, verb.start()));
            if (bare && copula.find()) {
                String present = copula.group().equalsIgnoreCase("was") ? "is" : "are";
                return fit(
                        firstClause(clause.substring(0, copula.start()) + present + clause.substring(copula.end())),
                        found);
            }
            // "…, published on April 27th, includes", "Kopp, who is from Vermont, is indicted": what the commas enclose
            // describes the subject
            // without what the commas enclose after it ("Gadhafi, in a letter to the U.N., also called for")
            String subject = blankRelatives(clause)
                    .substring(0, verb.start())
                    .replaceAll("\\s{2,}", " ")
                    .strip()
                    .replaceFirst(",\\s+\\p{Ll}+ed,$", "")
                    .replaceFirst("^(.+?),\\s+(?:who|which|whose)\\b[^,]*,$", "$1");
            String rest = clause.substring(verb.end()).strip();
            // "X is a Ukrainian association …, recognized as extremist": after a clause with its own verb, a participle
            // after a comma tells what was done to X; not "…, said David N. McCammon" (a speaker after what was said)
            // nor "…, compared with $10.3 million"
            boolean reduced = bare
                    && clause.startsWith(", ", Math.max(0, verb.start() - 2))
                    && Verbs.FINITE_WORD.matcher(subject).find()
                    && REDUCED_RELATIVE_GOES_ON.matcher(rest).lookingAt()
                    && !word.equalsIgnoreCase("compared");
            boolean passive = reduced
                    || verb.group().matches("(?i)(?:was|were|is|are)\\s.*")
                    || verb.group().matches("(?i).*\\bbeen\\s.*");
            String who = subject(antecedent(subject, found), found);
            // "was not discussed" stays "is not discussed", "had never visited" "has never visited": a title that drops
            // the negation says the opposite of its sentence
            Matcher negation = NEGATION.matcher(verb.group());
            String not = negation.find() ? negation.group().toLowerCase(Locale.ROOT) + " " : "";
            // "were to be released": still to come when reported, so "is to be released"
            String present = passive
                    ? (verb.group().matches("(?i).*\\bto\\s+be\\s.*") ? "is " + not + "to be " : "is " + not) + word
                    : not.isEmpty() ? Verbs.present(word) : "has " + not + word;
            String verbs = Verbs.takesPlural(who) ? Verbs.plural(present) : present;
            String title = fit(who + " " + verbs + " " + firstClause(rest), found, verbs);
            // "raided two homes and searched for a suspect": a second verb phrase the title keeps, in the present too
            return !passive && not.isEmpty() && bare ? secondVerbInPresent(title, Verbs.takesPlural(who)) : title;
        }
        // a modal: "Tomorrow the board of supervisors of Loudon county, Virginia, will vote on …"
        String plainClause = withoutRelative(clause);
        Matcher modal = MODAL.matcher(plainClause);
        if (modal.find()
                && modal.start() > 0
                && !FINITE_OR_NEGATED
                        .matcher(plainClause.substring(0, modal.start()))
                        .find()) {
            String who =
                    subject(ownSubject(plainClause.substring(0, modal.start()).strip()), found);
            String what = modal.group() + " "
                    + firstClause(plainClause.substring(modal.end()).strip());
            // too long to keep what the subject's commas enclose ("…of Loudon county, Virginia, will vote"): its head
            if ((who + what).length() > MAX_TITLE && who.contains(", ")) {
                who = who.substring(0, who.indexOf(", "));
            }
            return fit(who + what, found, modal.group().strip());
        }
        // no verb the rules know outside a relative clause: the clause without it ("Lukashenko is due to meet …")
        return fit(firstClause(plainClause), found);
    }

    /**
     * The text with the relative clause between commas after its subject blanked out, so that offsets into it still
     * fit the text: "Lukashenko, who was reelected …, is due to meet" (not "It was Lavrov’s first meeting with
     * Aleinik, who was appointed …", where the clause before has a verb of its own and the relative clause is the
     * news).
     */
    private static String blankRelatives(String text) {
        Matcher relative = SUBJECT_RELATIVE_CLAUSE.matcher(text);
        if (!relative.lookingAt()
                || Verbs.FINITE_WORD.matcher(relative.group(1)).find()) {
            return text;
        }
        return relative.group(1) + " ".repeat(relative.end(2) - relative.start(2)) + text.substring(relative.end());
    }

    /** The text without the relative clause after its subject ("Lukashenko, who …, is due to meet"). */
    private static String withoutRelative(String text) {
        return blankRelatives(text).replaceAll("\\s{2,}", " ");
    }

    /**
     * "Putin announced the plan in March", "Pompeo demanded an end to …": a verb of saying with a thing said as its
     * object, not a clause, is a verb like any other ("Putin announces the plan"), not "says".
     */
    private static boolean transitive(Matcher speech, String text) {
        String after = text.substring(speech.end());
        // "called for an emergency conference", "called on Minsk to": a verb with its own meaning, not "says"
        if (speech.group("verb").equals("called")
                && text.substring(speech.end("verb")).matches("(?s)\\s+(?:for|on|off)\\b.*")) {
            return true;
        }
        if (speech.group().strip().endsWith(" that")) {
            return false;
        }
        // "told European airlines to avoid its airspace": an instruction, not a thing said
        return TOLD_TO.matcher(speech.group("verb")).matches()
                        && INSTRUCTION.matcher(after).lookingAt()
                || !SAY.matcher(speech.group("verb")).matches()
                        && OBJECT_FIRST.matcher(after).lookingAt();
    }

    /**
     * Whether the words before a sentence's first comma are an opening phrase to leave out of the title: an adverbial
     * ("At a joint press conference with …,", "In the year ended …,", "But,", a dateline), or words with no verb
     * that name no actor and are no noun phrase ("CANBERRA, Australia_"); not a subject followed by an apposition
     * ("Farkas, an air force captain, was sent"), a relative clause ("First of America, which …") or a clause of its
     * own ("Rally had net income of $2.4 million, or 34 cents a share").
     */
    /** "founder and controlling shareholder of Magna, resigned …": an apposition without a verb, then the verb. */
    private static boolean describedThenVerb(String rest) {
        int comma = rest.indexOf(", ");
        if (comma < 0 || comma > MAX_APPOSITION || hasFiniteVerb(rest.substring(0, comma))) {
            return false;
        }
        Matcher verb = VERB.matcher(rest).region(comma + 2, rest.length());
        return verb.lookingAt()
                || Verbs.FINITE_WORD
                        .matcher(rest)
                        .region(comma + 2, rest.length())
                        .lookingAt();
    }

    private static boolean isOpeningPhrase(String opening, String rest, List<KnownActor> found) {
        // "In Kuwait, the Iraqis …": where it happened, even where an actor is the place
        if (PLACE_OR_TIME_FIRST.matcher(opening).lookingAt()
                && !VERB.matcher(opening).find()
                && !RELATIVE_FIRST.matcher(rest).lookingAt()) {
            return true;
        }
        // "Amid reports that thousands of Iraqi soldiers had surrendered, administration aides were …": an adverbial
        // opening, whatever actors it names, before a clause of its own
        if (ADVERBIAL_OPENING.matcher(opening).lookingAt()
                && !RELATIVE_FIRST.matcher(rest).lookingAt()
                && hasFiniteVerb(rest)) {
            return true;
        }
        if (firstActorIn(opening, found) != null
                || DETERMINER_FIRST.matcher(opening).lookingAt()
                || RELATIVE_FIRST.matcher(rest).lookingAt()) {
            return false;
        }
        // "Egypt, Syria, Morocco and Bangladesh also committed …": the first of a list of names; "Mr. Stronach, founder
        // and controlling shareholder of Magna, resigned …", "scores of trucks, many with Iraqi license plates,
        // streamed …": a subject, what it is, and its verb
        if (!ADVERBIAL_FIRST.matcher(opening).lookingAt()
                && (NAME_FIRST.matcher(opening).matches()
                                && LIST_REST.matcher(rest).lookingAt()
                        || describedThenVerb(rest))) {
            return false;
        }
        return ADVERBIAL_FIRST.matcher(opening).lookingAt()
                || !VERB.matcher(opening).find()
                        && !Verbs.FINITE_WORD.matcher(opening).find()
                        && !APPOSITION_FIRST.matcher(rest).lookingAt()
                        && !ASIDE_FIRST.matcher(rest).lookingAt();
    }

    /** The first "he" or "she" replaced by the person it stands for, when there is one. */
    private static String withPronounNamed(String text, KnownActor person) {
        if (person == null) {
            return text;
        }
        Matcher pronoun = PERSONAL_PRONOUN.matcher(text);
        return pronoun.find()
                ? text.substring(0, pronoun.start()) + person.name() + text.substring(pronoun.end())
                : text;
    }

    /** The person named last in the sentence, if any: who a following "he" or "she" most likely is. */
    /** The people the sentence names, each once, in the order it first names them. */
    public List<KnownActor> peopleIn(String sentence) {
        Map<Integer, KnownActor> byPosition = new TreeMap<>();
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).isPerson()) {
                Matcher m = spellings.get(i).matcher(sentence);
                if (m.find()) {
                    byPosition.putIfAbsent(m.start(), actors.get(i));
                }
            }
        }
        return byPosition.values().stream().distinct().toList();
    }

    public Optional<KnownActor> lastPersonIn(String sentence) {
        KnownActor last = null;
        int at = -1;
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).isPerson()) {
                Matcher m = spellings.get(i).matcher(sentence);
                while (m.find()) {
                    if (m.start() > at) {
                        at = m.start();
                        last = actors.get(i);
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The subject of a relative clause is what it refers to: in "… his first meeting with Aleinik, who was appointed
     * last week", Aleinik was appointed, not everyone named before "who".
     */
    private static String antecedent(String subject, List<KnownActor> found) {
        Matcher relative = RELATIVE.matcher(subject);
        if (!relative.matches()) {
            return subject;
        }
        String before = relative.group(1);
        // "… placed on the FBI's most wanted list, which began in 1950": the list began
        Matcher nounPhrase = LAST_NOUN_PHRASE.matcher(before);
        return KnownActor.endingAt(before, found)
                .map(actor -> speakerName(before, actor))
                .orElse(nounPhrase.find() ? nounPhrase.group(1) : subject);
    }

    /** The actors a text names as more than a state's adjective (see {@link #actsIn}). */
    private static List<KnownActor> actingIn(String text, List<KnownActor> found) {
        return found.stream().filter(a -> actsIn(text, a)).toList();
    }

    /**
     * Whether an actor is named in a subject as more than a state's adjective: "a Russian military base" names no
     * actor that acts, "Russian President Putin" and "Russia's army" do.
     */
    private static boolean actsIn(String subject, KnownActor actor) {
        Matcher m = actor.spellings().matcher(subject);
        while (m.find()) {
            boolean adjective = !actor.isPerson()
                    && actor.kind().equals("STATE")
                    && subject.substring(m.end()).matches("\\s+\\p{Ll}.*");
            if (!adjective) {
                return true;
            }
        }
        return false;
    }

    /** Whether a known actor is the subject of a finite verb in the clause: "Putin and Lukashenko signed …". */
    private static boolean actsItself(String clause, List<KnownActor> found) {
        Matcher verb = VERB.matcher(clause);
        while (verb.find()) {
            if (verb.start() > 0 && !NOT_VERBS.contains(verb.group("verb").toLowerCase(Locale.ROOT))) {
                String subject = clause.substring(0, verb.start());
                return !subject.contains(",") && firstActorIn(subject, found) != null;
            }
        }
        return false;
    }

    private static String withoutDates(String sentence, List<int[]> dates) {
        StringBuilder text = new StringBuilder(sentence);
        dates.stream().sorted((a, b) -> b[0] - a[0]).forEach(d -> {
            int from = d[0];
            Matcher preposition = BEFORE_A_DATE.matcher(text.substring(0, from));
            // "a 77% drop in third-quarter net income": a date that describes a noun leaves its preposition to the noun
            Matcher next = NEXT_WORD.matcher(text.substring(d[1]));
            boolean describesNoun =
                    DATE_ADJECTIVE.matcher(text.substring(d[0], d[1])).find()
                            && next.lookingAt()
                            && !PREPOSITION.matcher(next.group(1)).matches()
                            && !hasVerb(next.group(1));
            if (preposition.find() && !describesNoun) {
                from = preposition.start();
            }
            // "Last year's results were hurt": the possessive goes with its date
            int to = text.substring(d[1]).matches("(?s)['’]s\\b.*") ? d[1] + 2 : d[1];
            text.replace(from, to, "");
        });
        // "the [February 2nd] meeting" without its date leaves "[ ]"
        return text.toString()
                .replaceAll("\\s*(?:\\[\\s*]|\\(\\s*\\))", "")
                .replaceAll(" ,", ",")
                // "The embassy bombings, on Aug. 7, killed": an aside that was only a date goes with it
                .replaceAll(",\\s*,\\s*", " ");
    }

    /** The subject as the chronology writes it: full names to surnames, and no longer than the actors it names. */
    private static String subject(String subject, List<KnownActor> found) {
        String s = ownSubject(subject);
        if (s.length() <= 45) {
            return s;
        }
        // "Gen. Nhek Bunchhay, a loyalist of …,": a name and its apposition
        Matcher apposition = NAME_AND_APPOSITION.matcher(s);
        if (apposition.matches() && firstActorIn(apposition.group(1), found) == null) {
            return apposition.group(1);
        }
        // "Japanese government officials, eager to rebut foreign criticism …,": a head and what the commas say of it
        Matcher aside = HEAD_AND_ASIDE.matcher(s);
        if (aside.matches()
                && !ADVERBIAL_FIRST.matcher(aside.group("head")).lookingAt()
                && !hasFiniteVerb(aside.group("head"))) {
            return aside.group("head");
        }
        // a long subject's head, up to what modifies it ("The list of instructions following the meeting with …",
        // "Unprecedented daily protests against Lukashenka since …"), when it is a noun phrase that names no actor:
        // the actors named in the modifier are not who acts
        Matcher modifier = SUBJECT_MODIFIER.matcher(s);
        if (!s.contains(",") && modifier.find() && modifier.start() >= 12) {
            String head = s.substring(0, modifier.start());
            if (!Verbs.FINITE_WORD.matcher(head).find() && found.stream().noneMatch(a -> actsIn(head, a))) {
                return head;
            }
        }
        List<String> names = found.stream()
                .filter(a -> actsIn(s, a))
                .sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : indexOf(s, a) - indexOf(s, b))
                .map(KnownActor::shortName)
                .toList();
        if (names.size() > 1
                && rank(found.stream()
                                .filter(a -> a.shortName().equals(names.get(1)))
                                .findFirst()
                                .orElseThrow())
                        > 0) {
            return names.get(0);
        }
        return names.isEmpty() ? s : String.join(" and ", names.subList(0, Math.min(2, names.size())));
    }

    /** Whether the words after a verb of saying name who said it ("Lavrov", "one U.S. official"), not what was said. */
    private static boolean isSource(String after) {
        return !after.startsWith("that ")
                && !FINITE_OR_NEGATED.matcher(after).find()
                && !VERB.matcher(after).find();
    }

    /** "… and searched for a suspect" → "… and searches for a suspect" (or "search" after a plural subject). */
    private static String secondVerbInPresent(String text, boolean plural) {
        Matcher second = SECOND_PAST_VERB.matcher(text);
        if (!second.find()) {
            return text;
        }
        String present = Verbs.present(second.group(1));
        return text.substring(0, second.start(1))
                + (plural ? Verbs.plural(present) : present)
                + text.substring(second.end(1));
    }

    /**
     * The subject without the words around it that are not: a connective before it, "also" after it, a clause before
     * it ("the remaining leadership had a falling out, and Pol Pot").
     */
    private static String ownSubject(String subject) {
        String s = subject.replaceFirst("(?i)^(?:and|but|meanwhile|also|then|however)\\s+", "")
                .replaceFirst("\\s+(?:also|meanwhile|then)$", "");
        Matcher coordinated = COORDINATED_CLAUSE.matcher(s);
        return coordinated.find()
                        && Verbs.FINITE_WORD
                                .matcher(s.substring(0, coordinated.start()))
                                .find()
                ? s.substring(coordinated.end())
                : s;
    }

    private static String firstClause(String text) {
        Matcher cut = CLAUSE_BREAK.matcher(text);
        String clause = cut.find() && cut.start() > 15
                ? withoutUnfinishedClause(text.substring(0, cut.start()), text.substring(cut.start()), 1)
                : text;
        return clause.replaceAll("[.,;:!?]+$", "").strip();
    }

    /**
     * What is kept of a text cut in two, without a clause the cut left without its verb: "Mishustin has arrived in
     * Minsk | as Belarus's beleaguered authoritarian leader, Alyaksandr Lukashenka, pivots to Moscow", "Lukashenko
     * dismissed critics' claims | that the Union State Treaty with Russia represented a threat" end before "as" and
     * "that"; "appointed as foreign minister, replacing Makei" keeps its "as" (no verb of its own after the cut).
     */
    /** A verb the rules know ({@link #hasVerb}) or a finite word ("is", "has", "will", "says"…). */
    private static boolean hasFiniteVerb(String text) {
        return hasVerb(text) || Verbs.FINITE_WORD.matcher(text).find();
    }

    /** A verb the rules know, not an -ed word after a determiner or a possessive ("Belarus's beleaguered leader"). */
    private static boolean hasVerb(String text) {
        Matcher verb = VERB.matcher(text);
        while (verb.find()) {
            if (!verb.group().equals(verb.group("verb"))
                    || !ADJECTIVE_BEFORE
                            .matcher(text.substring(0, verb.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    static String withoutUnfinishedClause(String kept, String dropped, int shortest) {
        Matcher opens = SUBORDINATE.matcher(kept);
        int at = -1;
        boolean as = false;
        while (opens.find()) {
            if (!NOT_BEFORE_SUBORDINATE.matcher(opens.group("before")).matches()) {
                at = opens.end("before");
                as = opens.group("word").equals("as");
            }
        }
        if (at < shortest
                || hasFiniteVerb(kept.substring(at))
                || SUBJECT_PRONOUN_AND_WORD.matcher(kept.substring(at)).find()) {
            return kept;
        }
        Matcher apposition = APPOSITION_FIRST_IN_DROPPED.matcher(dropped);
        // "as" is a preposition as often as not ("arrives as a refugee"): its clause is cut only before its subject's
        // name and verb
        if (as && !apposition.lookingAt()) {
            return kept;
        }
        String next = apposition.replaceFirst("");
        Matcher end = CLAUSE_BREAK.matcher(next);
        String clause = end.find() ? next.substring(0, end.start()) : next;
        boolean finite = !RELATIVE_FIRST.matcher(clause.strip()).lookingAt()
                && (VERB.matcher(clause).find()
                        || Verbs.FINITE_WORD.matcher(clause).find()
                        || PRESENT_FIRST.matcher(clause.strip()).lookingAt());
        return finite ? kept.substring(0, at) : kept;
    }

    /** Full names to the short ones, at most {@link #MAX_TITLE} characters at a word, no dangling word, a capital first. */
    private static String fit(String title, List<KnownActor> found) {
        return fit(title, found, null);
    }

    /** As {@link #fit(String, List)}, and a cut never goes back to or before the title's main verb, when known. */
    private static String fit(String title, List<KnownActor> found, String verb) {
        String t = title;
        for (KnownActor a : found) {
            if (a.isPerson() && t.contains(a.name())) {
                t = t.replace(a.name(), a.shortName());
            }
        }
        t = t.replaceAll("\\s+", " ")
                .replaceAll(" ([,.;:])", "$1")
                .replaceAll("[.,;:]+$", "")
                .strip();
        // "… visits Belarus, a close ally of Moscow": what the apposition says of a name is no part of what happened
        Matcher described = CLOSING_APPOSITION.matcher(t);
        if (described.find() && !hasVerb(described.group())) {
            t = t.substring(0, described.start());
        }
        if (t.length() > MAX_TITLE) {
            t = ASIDE.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        // "… say that a suspect who was returned from Pakistan had not admitted any role …": too long, the relative
        // clause goes rather than what the suspect did
        if (t.length() > MAX_TITLE) {
            t = RELATIVE_BEFORE_PREDICATE.matcher(t).replaceFirst("");
        }
        if (t.length() > MAX_TITLE && phraseEnd(t, afterVerb(t, verb)) < 0) {
            t = withoutTitles(t, found);
        }
        // a little too long and no phrase to end at: whole rather than cut inside its last phrase
        if (t.length() > MAX_TITLE && (t.length() > LONGEST_TITLE || phraseEnd(t, afterVerb(t, verb)) >= 0)) {
            int cut = cutAt(t, afterVerb(t, verb));
            // "… the political line of the European | Union": a name is not cut in two
            boolean inName = NAME_WORD.matcher(t.substring(cut).strip()).lookingAt()
                    && NAME_WORD_AT_END.matcher(t.substring(0, cut)).find();
            String dropped = t.substring(cut);
            t = t.substring(0, cut);
            if (inName) {
                t = NAME_WORD_AT_END.matcher(t).replaceFirst("");
            }
            t = withoutUnfinishedClause(t, dropped, MIN_UNFINISHED_CUT);
        }
        // "… a surge in employment gains that began [last fall]", "… prayed for divine help as [Easter week] began":
        // a clause its date left with a verb alone
        Matcher bareClause = BARE_CLAUSE_AT_END.matcher(t);
        if (bareClause.find()
                && bareClause.start() >= MIN_UNFINISHED_CUT
                && (hasVerb(bareClause.group("verb"))
                        || bareClause.group("auxiliary") != null
                                && bareClause.group("verb").endsWith("ing"))) {
            t = t.substring(0, bareClause.start());
        }
        List<String> words = new ArrayList<>(List.of(t.split(" ")));
        while (words.size() > 3 && DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        t = String.join(" ", words).replaceAll("[.,;:]*(?:\\s*(?:--|—|–))*$", "");
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * A title too long that has no phrase to end at names people without their titles ("US Secretary of State Pompeo says …" → "Pompeo says …"):
     * the event's actors still carry who they are.
     */
    private static String withoutTitles(String title, List<KnownActor> found) {
        String t = title;
        for (KnownActor a : found) {
            if (a.isPerson()) {
                t = t.replaceAll(
                        "(?:(?:\\p{Lu}\\p{L}*(?:an|ese|ish)|US|U\\.S\\.|UK|EU)\\s+)?" + PERSON_TITLE + "\\s+(?="
                                + Pattern.quote(a.shortName()) + "\\b)",
                        "");
            }
        }
        return t;
    }

    /**
     * Where a title too long is cut: before the last clause or phrase that fits ("…for a working visit, during
     * which he's slated…", "…is signed with the aim of…"), so the title ends where a thought ends; at the last
     * word that fits when no such break leaves a title of {@link #MIN_CUT_TITLE} characters.
     */
    private static int cutAt(String title, int afterVerb) {
        int phrase = phraseEnd(title, afterVerb);
        return phrase >= 0 ? phrase : wordEnd(title, afterVerb);
    }

    /**
     * The last word that fits, or, when what follows it continues a phrase ("…would join multinational | forces"),
     * the last word before a preposition or conjunction that still leaves {@link #MIN_WORD_CUT_TITLE} characters:
     * a noun phrase ends where a preposition begins ("…may extend its naval quarantine | to Jordan's Red Sea").
     */
    private static int wordEnd(String title, int afterVerb) {
        int word = title.lastIndexOf(' ', MAX_TITLE);
        // "… agree to impose new sanctions on Belarus | and told European airlines to …": a second verb phrase
        Matcher and = SECOND_VERB_PHRASE.matcher(title);
        int second = -1;
        while (and.find() && and.start() <= word) {
            if (and.start() >= Math.max(MIN_WORD_CUT_TITLE, afterVerb)
                    && VERB.matcher(title).region(and.end(), title.length()).lookingAt()) {
                second = and.start();
            }
        }
        if (second >= 0) {
            return second;
        }
        if (PHRASE_START.matcher(title.substring(word)).lookingAt()) {
            return word;
        }
        int end = -1;
        Matcher at = PHRASE_START.matcher(title);
        while (at.find() && at.start() <= word) {
            if (at.start() >= Math.max(MIN_WORD_CUT_TITLE, afterVerb)) {
                end = at.start();
            }
        }
        return end >= 0 ? end : word;
    }

    /** The last break before a clause or phrase that leaves a title of {@link #MIN_CUT_TITLE} characters that fits, or -1. */
    /** Where the title's main verb ends, or 0 when it is not known. */
    private static int afterVerb(String title, String verb) {
        int at = verb == null ? -1 : title.indexOf(" " + verb + " ");
        return at < 0 ? 0 : at + verb.length() + 1;
    }

    /**
     * As {@link #phraseEnd(String)}, never before the end of the main verb: "Scott McNealy, Sun's chief executive
     * officer, | says …" is no title.
     */
    private static int phraseEnd(String title, int afterVerb) {
        int phrase = phraseEnd(title);
        // before the verb, only where what comes before is a clause of its own ("The attack was lightning quick, | as
        // …"): the verb the rules took may be a participle of what follows
        if (phrase < 0 || phrase >= afterVerb) {
            return phrase;
        }
        String before = title.substring(0, phrase);
        return hasFiniteVerb(before) ? phrase : -1;
    }

    private static int phraseEnd(String title) {
        int word = title.lastIndexOf(' ', MAX_TITLE);
        int phrase = -1;
        Matcher at = PHRASE_BREAK.matcher(title);
        while (at.find() && at.start() <= word) {
            if (at.start() >= MIN_CUT_TITLE) {
                phrase = at.start();
            }
        }
        return phrase;
    }

    /** "The situation is …" → "the situation is …"; names keep their capital. */
    private static String lowerFirst(String text) {
        String first = text.split("\\s", 2)[0];
        return FUNCTION_WORDS.contains(first.toLowerCase(Locale.ROOT))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }

    /** People before organisations before states: who speaks or acts is rarely the state when a person is named. */
    private static int rank(KnownActor actor) {
        return switch (actor.kind()) {
            case "PERSON" -> 0;
            case "ORGANISATION" -> 1;
            default -> 2;
        };
    }

    /**
     * Who says it: the actor named in the subject right before a verb of saying, as more than a state's adjective; not
     * one named earlier in the sentence ("Sytenko is expected to visit Baghdad, Gremitskikh said") nor the state of
     * "the top commander of a Cambodian resistance force" or "one U.S. official", who are not the state.
     */
    private static String speakerIn(String before, List<KnownActor> found) {
        Matcher apposition = APPOSITION_AT_END.matcher(before);
        // "Lukashenko, Belarus's leader, said"; not "“… in Japan, they are not for sale,” said Watanabe", where what
        // the
        // commas enclose has a verb: it ends a quotation, and the speaker comes after the verb
        boolean described = apposition.find() && !hasFiniteVerb(apposition.group());
        String subject = described ? before.substring(0, apposition.start()) : before;
        // after the last comma or dash: "Based on physical evidence _ including a rifle found … _ officials said"
        String last = LAST_PART.matcher(subject).replaceFirst("");
        // "I think frankly Saddam is finished, no matter what happens, says Helms": words with a verb of their own are
        // what was said, not who said it ("Kuleba has said" keeps its speaker)
        String core = AUXILIARY_AT_END.matcher(last).replaceFirst("");
        if (hasFiniteVerb(core)) {
            return null;
        }
        return lastActorIn(last, actingIn(last, found));
    }

    private static String lastActorIn(String text, List<KnownActor> found) {
        return found.stream()
                .filter(a -> indexOf(text, a) >= 0)
                .min((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : indexOf(text, b) - indexOf(text, a))
                .map(a -> speakerName(text, a))
                .orElse(null);
    }

    private static String firstActorIn(String text, List<KnownActor> found) {
        return found.stream()
                .filter(a -> indexOf(text, a) >= 0)
                .min((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : indexOf(text, a) - indexOf(text, b))
                .map(a -> speakerName(text, a))
                .orElse(null);
    }

    /** A person by surname with the title the sentence gives ("Belarusian Foreign Minister Makei"), anything else by name. */
    private static String speakerName(String text, KnownActor actor) {
        if (!actor.isPerson()) {
            return actor.name();
        }
        Matcher titled = TITLED_PERSON.matcher(text);
        while (titled.find()) {
            if (actor.spellings().matcher(titled.group("name")).find()) {
                return titled.group("title") + " " + actor.shortName();
            }
        }
        return actor.shortName();
    }

    private static int indexOf(String text, KnownActor actor) {
        Matcher m = actor.spellings().matcher(text);
        return m.find() ? m.start() : -1;
    }
}
