package org.brtimeline.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement reported with the occasion it was made on: "in an interview with Russian journalists, President of
 * Belarus Alexander Lukashenko said …", "Pompeo told reporters …", "Peskov said at a briefing". The occasion makes
 * the statement an event of the news (an interview, a briefing, an address took place), where a bare "he said" only
 * says whose words the article quotes. Such a sentence without a date of its own is news of the article's time.
 */
final class Occasions {

    /** The occasions a statement is made on: a talk, a conference, a message, an appearance. */
    private static final String OCCASION = "(?:interview|press\\s+conference|news\\s+conference|press\\s+briefing"
            + "|briefing|statement|address|speech|conversation|phone\\s+call|telephone\\s+(?:call|conversation)"
            + "|video\\s+(?:message|address|call)|message|op-ed|article|post|tweet|broadcast|programme|program"
            + "|rally|summit|forum|session|hearing|meeting)";

    /**
     * "in an interview with …", "at a joint press conference", "during his annual address", "in a statement on its
     * website", "on Telegram", "told reporters": up to three words between the article and the occasion.
     */
    private static final Pattern ON_OCCASION = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:"
                    + "(?:in|at|during)\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?" + OCCASION
                    + "(?![\\p{L}])"
                    + "|on\\s+(?:(?:his|her|their|its|the)\\s+(?:official\\s+)?)?(?:Twitter|Telegram|Facebook|(?:state\\s+)?television"
                    + "|(?:state\\s+)?TV|radio|(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:channel|website))(?![\\p{L}])"
                    + "|told\\s+(?:reporters|journalists|the\\s+media|the\\s+press|parliament|lawmakers|a\\s+(?:news|press)\\s+"
                    + "conference|a\\s+briefing|(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:news\\s+agency|TV|television|radio|newspaper)))");

    /** A verb of saying in the past, the statement itself: "said", "told", "stated", "announced", "wrote". */
    private static final Pattern SAID = Pattern.compile("(?i)(?<![\\p{L}])(?:said|told|stated|announced|declared"
            + "|noted|stressed|warned|claimed|wrote|accused|called\\s+(?:on|for)|urged|promised|admitted"
            + "|acknowledged|insisted|argued|pointed\\s+out|drew\\s+attention)(?![\\p{L}])");

    private Occasions() {}

    /** Whether the sentence has a verb of saying in the past: "said", "told reporters", "noted". */
    static boolean saysSomething(String sentence) {
        return SAID.matcher(sentence).find();
    }

    /** How far after its verb an occasion may start and still be where it was said: "said on Monday in a statement". */
    private static final int AFTER_VERB = 30;

    /**
     * Whether the sentence reports a statement in the past together with the occasion it was made on: before the verb
     * ("In an interview with Russian journalists, … Lukashenko said", "speaking at a joint news conference with Albright,
     * said") or right after it ("said in his weekly radio address", "told reporters"); not an occasion inside what was
     * said ("Reno said she is considering the issues raised in the meeting").
     */
    static boolean reportsStatementOnOccasion(String sentence) {
        Matcher said = SAID.matcher(sentence);
        Matcher occasion = ON_OCCASION.matcher(sentence);
        while (said.find()) {
            occasion.reset();
            while (occasion.find()) {
                if (occasion.start() <= said.end()
                        || occasion.start() - said.end() <= AFTER_VERB
                                && !THAT.matcher(sentence.substring(said.end(), occasion.start()))
                                        .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern THAT = Pattern.compile("(?i)(?<![\\p{L}])that(?![\\p{L}])|[,;:]");
}
