package org.brtimeline.corpus;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.base.Access;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.chronology.EventDetails;
import org.brtimeline.chronology.ImportedEvent;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the corpus in one transaction: articles, actors, then events with their evidence. Any
 * error stops the import with a message naming the file and the entry, and nothing is kept.
 */
@Service
public class CorpusImporter {

    /** What an import stored. */
    public record Summary(int articles, int actors, int events, int evidence) {}

    private final ArticleService articleService;
    private final ChronologyService chronology;
    private final ChronologyEditor editor;
    private final CorpusImportRepository imports;
    private final Clock clock;

    CorpusImporter(
            ArticleService articleService,
            ChronologyService chronology,
            ChronologyEditor editor,
            CorpusImportRepository imports,
            Clock clock) {
        this.articleService = articleService;
        this.chronology = chronology;
        this.editor = editor;
        this.imports = imports;
        this.clock = clock;
    }

    /** Whether the database has never held the corpus nor anything else. */
    @Transactional(readOnly = true)
    public boolean databaseIsEmpty() {
        return imports.count() == 0 && articleService.count() == 0 && chronology.isEmpty();
    }

    /** Runs as the system only ({@link org.brtimeline.base.SystemTask}): at start-up, never for a person. */
    @Transactional(rollbackFor = Exception.class)
    @PreAuthorize(Access.SYSTEM)
    public Summary importFrom(String location) {
        Corpus corpus = Corpus.read(location);
        // The quotes are found in the files' texts, which are what was stored.
        Map<String, String> texts = new HashMap<>();
        for (ArticleFile file : corpus.articles()) {
            texts.put(storeArticle(file).slug(), file.text());
        }
        List<EventDetails.ActorRef> actors =
                corpus.actors().stream().map(this::storeActor).toList();
        var builder = new CuratedEventBuilder(texts, chronology::actorCalled);
        Set<String> keys = new HashSet<>();
        int evidence = 0;
        for (CuratedEvent curated : corpus.events()) {
            if (!keys.add(String.valueOf(curated.key()))) {
                throw new CorpusException("events.yaml, event '" + curated.key() + "': the key is used twice");
            }
            evidence += importEvent(builder.build(curated)).evidence().size();
        }
        imports.save(
                new CorpusImport(clock.instant(), texts.size(), corpus.events().size()));
        return new Summary(texts.size(), actors.size(), corpus.events().size(), evidence);
    }

    private Article storeArticle(ArticleFile file) {
        try {
            return articleService.add(file.details(), file.text());
        } catch (IllegalArgumentException e) {
            throw new CorpusException(file.fileName() + ": " + e.getMessage(), e);
        }
    }

    private EventDetails importEvent(ImportedEvent event) {
        try {
            return editor.importCurated(event);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CorpusException("events.yaml, event '" + event.key() + "': " + e.getMessage(), e);
        }
    }

    private EventDetails.ActorRef storeActor(CuratedActor curated) {
        try {
            ActorKind kind = ActorKind.valueOf(String.valueOf(curated.kind()).toUpperCase());
            return editor.addActor(curated.name(), kind, curated.aliases() == null ? List.of() : curated.aliases());
        } catch (IllegalArgumentException e) {
            throw new CorpusException("actors.yaml, actor '" + curated.name() + "': " + e.getMessage(), e);
        }
    }
}
