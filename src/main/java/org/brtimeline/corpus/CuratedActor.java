package org.brtimeline.corpus;

import java.util.List;

/** One entry of {@code actors.yaml}. */
record CuratedActor(String name, String kind, List<String> aliases) {}
