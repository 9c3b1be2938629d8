package org.brtimeline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU time went, from a Java Flight Recorder file (for example the application started with
 * {@code --jvm=-XX:StartFlightRecording=filename=target/bench/app.jfr}): its execution samples counted by the method
 * on top of the stack (self), by that method's package, and by the application's own methods anywhere on the stack
 * (total).
 *
 * <pre>
 * JfrSummary recording.jfr [top]
 * </pre>
 */
public final class JfrSummary {

    public static void main(String[] args) throws IOException {
        print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 15);
    }

    static void print(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame first = frames.get(0);
            self.merge(method(first), 1, Integer::sum);
            packages.merge(packageOf(first), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if (method.startsWith("org.brtimeline.") && seen.add(method)) {
                    ours.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " execution samples in " + recording);
        print("self, by method", self, samples, top);
        print("self, by package", packages, samples, top);
        print("total, the application's methods", ours, samples, top);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e ->
                        System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first three parts of the package ({@code org.hibernate.query}), which name a library and its layer. */
    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.asList(parts).subList(0, Math.min(3, parts.length - 1)));
    }
}
