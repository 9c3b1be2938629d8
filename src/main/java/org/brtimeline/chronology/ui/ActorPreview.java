package org.brtimeline.chronology.ui;

import java.util.Optional;
import org.brtimeline.base.ui.PageLookup;
import org.brtimeline.chronology.ActorProfile;
import org.brtimeline.chronology.ChronologyService;
import org.springframework.stereotype.Component;

/** What is at an actor's page ({@code actors/{id}}) before the view runs: the actor (name, kind, spellings), or nothing. */
@Component
class ActorPreview implements PageLookup {

    private final ChronologyService chronology;

    ActorPreview(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @Override
    public Optional<Page> look(String path) {
        return PageLookup.byId(path, "actors", id -> chronology.actor(id).map(ActorPreview::found));
    }

    private static Found found(ActorProfile actor) {
        String spellings =
                actor.aliases().isEmpty() ? "" : " Also written: " + String.join(", ", actor.aliases()) + ".";
        return new Found(
                actor.name(),
                actor.name() + " (" + actor.kind().code() + ") in the Belarus–Russia timeline." + spellings);
    }
}
