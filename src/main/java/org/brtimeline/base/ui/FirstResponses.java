package org.brtimeline.base.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The server's first response for a page, before the browser builds the view. It answers 404
 * for an address no view has, or where a feature finds nothing ({@link PageLookup.Missing}), and
 * writes the title, description and Open Graph tags of a page a feature found, so that a shared
 * permalink unfurls (and, where it is embeddable, the oEmbed discovery link). Every value goes through jsoup's text and attribute setters, which escape it.
 *
 * <p>The view itself still comes from the browser's first request (the default): rendering it
 * into this response ("eager server load") would embed its texts unescaped in a script.
 */
@Component
class FirstResponses implements VaadinServiceInitListener {

    static final String SITE = "Belarus–Russia timeline";

    private final List<PageLookup> lookups;

    FirstResponses(List<PageLookup> lookups) {
        this.lookups = lookups;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        event.addIndexHtmlRequestListener(response -> answer(service, response));
    }

    private void answer(VaadinService service, IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        if (!service.getRouter().getRegistry().getNavigationRouteTarget(path).hasTarget()) {
            response.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        Optional<PageLookup.Page> page = lookups.stream()
                .map(lookup -> lookup.look(path))
                .flatMap(Optional::stream)
                .findFirst();
        if (page.isPresent() && page.get() instanceof PageLookup.Found found) {
            describe(response.getDocument(), found, address(request, path), address(request, ""));
        } else if (page.isPresent()) {
            response.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
        }
    }

    private static void describe(Document document, PageLookup.Found page, String url, String site) {
        document.title(page.title() + " · " + SITE);
        meta(document, "name", "description", page.description());
        meta(document, "property", "og:title", page.title());
        meta(document, "property", "og:description", page.description());
        meta(document, "property", "og:url", url);
        meta(document, "property", "og:type", "article");
        meta(document, "property", "og:site_name", SITE);
        if (page.embeddable()) {
            document.head()
                    .appendElement("link")
                    .attr("rel", "alternate")
                    .attr("type", "application/json+oembed")
                    .attr(
                            "href",
                            site + "api/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&format=json")
                    .attr("title", page.title());
        }
    }

    private static void meta(Document document, String key, String name, String content) {
        document.head().getElementsByAttributeValue(key, name).forEach(Element::remove);
        document.head().appendElement("meta").attr(key, name).attr("content", content);
    }

    /** The page's own address, without its query. */
    private static String address(VaadinRequest request, String path) {
        HttpServletRequest http = ((VaadinServletRequest) request).getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = port == ("https".equals(http.getScheme()) ? 443 : 80);
        try {
            return new URI(
                            http.getScheme(),
                            null,
                            http.getServerName(),
                            defaultPort ? -1 : port,
                            http.getContextPath() + "/" + path,
                            null,
                            null)
                    .toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + path, e);
        }
    }
}
