package org.brtimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a page's main thread spent its time, from a Chromium performance trace (the JSON that DevTools' Performance
 * panel opens), on the main threads of the renderers that ran the page's own scripts: the self time of each kind of
 * task (script evaluation, function calls, compilation, style, layout, paint, parsing…), and the time by script.
 */
final class ChromeTrace {

    private record Slice(String name, String url, double start, double end, double[] self, String[] under) {}

    private ChromeTrace() {}

    static List<String> summary(byte[] trace, int top) throws IOException {
        JsonNode events = new ObjectMapper().readTree(trace).path("traceEvents");
        Set<String> mainThreads = new HashSet<>();
        for (JsonNode event : events) {
            if ("M".equals(event.path("ph").asText())
                    && "thread_name".equals(event.path("name").asText())
                    && "CrRendererMain".equals(event.path("args").path("name").asText())) {
                mainThreads.add(
                        event.path("pid").asText() + "/" + event.path("tid").asText());
            }
        }
        Map<String, List<Slice>> byThread = new HashMap<>();
        for (JsonNode event : events) {
            String thread = event.path("pid").asText() + "/" + event.path("tid").asText();
            if ("X".equals(event.path("ph").asText()) && event.has("dur") && mainThreads.contains(thread)) {
                double start = event.path("ts").asDouble() / 1000;
                double duration = event.path("dur").asDouble() / 1000;
                String url = event.path("args").path("data").path("url").asText("");
                byThread.computeIfAbsent(thread, t -> new ArrayList<>())
                        .add(new Slice(
                                event.path("name").asText(),
                                url,
                                start,
                                start + duration,
                                new double[] {duration},
                                new String[] {url}));
            }
        }
        // Only the page's renderers: the browser's own pages (chrome://…) run in renderers of their own.
        byThread.values()
                .removeIf(
                        slices -> slices.stream().noneMatch(slice -> slice.url().startsWith("http")));
        Map<String, Double> selfByName = new HashMap<>();
        Map<String, Double> scriptByUrl = new HashMap<>();
        double busy = 0;
        for (List<Slice> slices : byThread.values()) {
            slices.sort(Comparator.comparingDouble(Slice::start)
                    .thenComparing(Comparator.comparingDouble(Slice::end).reversed()));
            Deque<Slice> open = new ArrayDeque<>();
            for (Slice slice : slices) {
                while (!open.isEmpty() && open.peek().end() <= slice.start()) {
                    open.pop();
                }
                if (open.isEmpty()) {
                    busy += slice.end() - slice.start();
                } else if (slice.end() <= open.peek().end()) {
                    open.peek().self()[0] -= slice.end() - slice.start();
                    if (slice.url().isEmpty()) {
                        slice.under()[0] = open.peek().under()[0];
                    }
                }
                open.push(slice);
            }
            for (Slice slice : slices) {
                selfByName.merge(slice.name(), slice.self()[0], Double::sum);
                if (!slice.under()[0].isEmpty()) {
                    scriptByUrl.merge(shortUrl(slice.under()[0]), slice.self()[0], Double::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "renderer main thread busy %,.0f ms; self time by task:", busy));
        selfByName.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-32s %,8.0f ms", e.getKey(), e.getValue())));
        lines.add("main-thread time under each script or document (the innermost task that names one):");
        scriptByUrl.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(6)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "  %-60s %,8.0f ms", e.getKey(), e.getValue())));
        return lines;
    }

    private static String shortUrl(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        return path.length() > 60 ? "…" + path.substring(path.length() - 59) : path;
    }
}
