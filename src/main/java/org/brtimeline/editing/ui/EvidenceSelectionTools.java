package org.brtimeline.editing.ui;

import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.ChronologyService;
import org.brtimeline.reader.ui.SelectionTool;
import org.springframework.stereotype.Component;

/** Gives the reader, for logged-in editors, the panel that turns a selected passage into evidence. */
@Component
class EvidenceSelectionTools implements SelectionTool.Factory {

    private final ChronologyEditor editor;
    private final ChronologyService chronology;

    EvidenceSelectionTools(ChronologyEditor editor, ChronologyService chronology) {
        this.editor = editor;
        this.chronology = chronology;
    }

    @Override
    public SelectionTool create() {
        return new EvidenceSelectionPanel(editor, chronology);
    }
}
