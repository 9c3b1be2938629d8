package org.brtimeline.chronology;

import java.util.Set;

/**
 * What a sentence tells of the event it reports, to find the stored events it may report again: the days it may fall
 * on, the people and organisations it names (their ids; states are too common to tell events apart) and its
 * significant words (lower case, as written).
 */
public record EventClues(DateWindow window, Set<Long> actorIds, Set<String> words) {

    public EventClues {
        actorIds = Set.copyOf(actorIds);
        words = Set.copyOf(words);
    }
}
