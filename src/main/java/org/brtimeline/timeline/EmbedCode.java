package org.brtimeline.timeline;

import org.jsoup.nodes.Element;

/** The {@code <iframe>} that puts the timeline into another site's page (the Embed button's snippet, oEmbed's html). */
public final class EmbedCode {

    /** The address of the timeline for frames, below the site; it takes the timeline's own parameters. */
    public static final String PATH = "embed/timeline";

    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;

    private EmbedCode() {}

    /** The embedded timeline's absolute address for a query string (without "?", possibly empty). */
    public static String address(String site, String query) {
        return site + "/" + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    /** The element, its attribute values escaped; {@code width} a number of pixels or a percentage. */
    public static String iframe(String address, String title, String width, int height) {
        return new Element("iframe")
                .attr("src", address)
                .attr("title", title)
                .attr("width", width)
                .attr("height", String.valueOf(height))
                .attr("style", "border:0")
                .attr("loading", "lazy")
                .outerHtml();
    }
}
