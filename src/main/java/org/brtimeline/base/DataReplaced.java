package org.brtimeline.base;

/**
 * Published once the database's content was replaced wholesale around the application's services (a restore on the
 * admin page): what any feature kept from it (the search index, answers kept between edits) is made anew. Listeners
 * that rebuild run before those that drop kept answers ({@link #REBUILD} before {@link #DROP}).
 */
public record DataReplaced() {

    /** The order of a listener that rebuilds from the tables. */
    public static final int REBUILD = 0;

    /** The order of a listener that drops answers kept from before: after the rebuilds, so none is kept half-built. */
    public static final int DROP = 1;
}
