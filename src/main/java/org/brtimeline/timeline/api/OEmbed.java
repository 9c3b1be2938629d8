package org.brtimeline.timeline.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 answer of type {@code rich}: the {@code <iframe>} of the embedded timeline and its size. */
record OEmbed(
        String version,
        String type,
        String title,
        @JsonProperty("provider_name") String providerName,
        @JsonProperty("provider_url") String providerUrl,
        String html,
        int width,
        int height) {}
