package org.brtimeline.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One paragraph of an article: the half-open character range {@code [start, end)} of its text. */
@Embeddable
public class Passage {

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    protected Passage() {}

    Passage(int startOffset, int endOffset) {
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    public boolean contains(int offset) {
        return offset >= startOffset && offset < endOffset;
    }
}
