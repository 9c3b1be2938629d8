package org.brtimeline.editing.ui;

import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.reader.ui.SelectionTool;
import org.springframework.stereotype.Component;

/** Gives the reader, for logged-in editors, the panel that turns a selected passage into evidence. */
@Component
class EvidenceSelectionTools implements SelectionTool.Factory {

    private final ChronologyEditor editor;

    EvidenceSelectionTools(ChronologyEditor editor) {
        this.editor = editor;
    }

    @Override
    public SelectionTool create() {
        return new EvidenceSelectionPanel(editor);
    }
}
