package org.brtimeline.reader;

/** An article as a filter offers it: enough to recognise it, nothing counted. */
public record ArticleChoice(String slug, String publisher, String title) {

    /** "Publisher: Title", as the filter shows it. */
    public String label() {
        return publisher + ": " + title;
    }
}
