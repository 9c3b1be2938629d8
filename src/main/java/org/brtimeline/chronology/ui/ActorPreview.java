package org.brtimeline.chronology.ui;

import java.util.Optional;
import java.util.regex.Pattern;
import org.brtimeline.base.ui.PageLookup;
import org.brtimeline.chronology.ActorProfile;
import org.brtimeline.chronology.ChronologyService;
import org.springframework.stereotype.Component;

/** What is at an actor's page ({@code actors/{id}}) before the view runs: the actor (name, kind, spellings), or nothing. */
@Component
class ActorPreview implements PageLookup {

    private static final Pattern PAGE = Pattern.compile("actors/([^/]*)");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final ChronologyService chronology;

    ActorPreview(ChronologyService chronology) {
        this.chronology = chronology;
    }

    @Override
    public Optional<Page> look(String path) {
        var page = PAGE.matcher(path);
        if (!page.matches()) {
            return Optional.empty();
        }
        if (!ID.matcher(page.group(1)).matches()) {
            return Optional.of(new Missing());
        }
        return Optional.of(chronology
                .actor(Long.parseLong(page.group(1)))
                .<Page>map(ActorPreview::found)
                .orElseGet(Missing::new));
    }

    private static Found found(ActorProfile actor) {
        String spellings =
                actor.aliases().isEmpty() ? "" : " Also written: " + String.join(", ", actor.aliases()) + ".";
        return new Found(
                actor.name(),
                actor.name() + " (" + actor.kind().code() + ") in the Belarus–Russia timeline." + spellings);
    }
}
