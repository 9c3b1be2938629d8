package org.brtimeline.chronology;

import java.util.List;

/** An event read from a file, to be stored as a draft: what an editor would fill in, and the passages it cites. */
public record ImportedDraft(EventDraft draft, List<SelectedPassage> evidence) {

    public ImportedDraft {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
