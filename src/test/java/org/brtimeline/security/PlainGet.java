package org.brtimeline.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/** A plain GET to the served application, as a browser's first request: no cookies, no special headers. */
final class PlainGet {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private PlainGet() {}

    static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                BodyHandlers.ofString());
    }
}
