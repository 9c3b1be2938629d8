package org.brtimeline.chronology;

import java.util.List;

/** An actor as their page shows them: name, kind and the other spellings articles use, in alphabetical order. */
public record ActorProfile(long id, String name, ActorKind kind, List<String> aliases) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
    }

    static ActorProfile of(Actor actor) {
        return new ActorProfile(
                actor.id(),
                actor.name(),
                actor.kind(),
                actor.aliases().stream().sorted().toList());
    }
}
