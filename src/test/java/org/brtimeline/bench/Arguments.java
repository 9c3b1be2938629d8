package org.brtimeline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line: its own options ({@code --runs=20}), options for the application's JVM
 * ({@code --jvm=-Xmx1g}, repeatable), the application's arguments (any other {@code --name=value}, such as
 * {@code --spring.datasource.url=…}) and plain words (a URL).
 */
record Arguments(List<String> words, Map<String, String> options, List<String> jvm, List<String> app) {

    /** Options every benchmark takes: {@code --jar=FILE}, the application to start (else the newest built one). */
    private static final Set<String> COMMON = Set.of("jar");

    static Arguments parse(String[] args, Set<String> known) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> jvm = new ArrayList<>();
        List<String> app = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--jvm=")) {
                jvm.add(arg.substring("--jvm=".length()));
            } else if (arg.startsWith("--") && (known.contains(name(arg)) || COMMON.contains(name(arg)))) {
                options.put(name(arg), arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "true");
            } else if (arg.startsWith("--")) {
                app.add(arg);
            } else {
                words.add(arg);
            }
        }
        return new Arguments(words, options, jvm, app);
    }

    private static String name(String arg) {
        int equals = arg.indexOf('=');
        return arg.substring(2, equals < 0 ? arg.length() : equals);
    }

    int number(String name, int otherwise) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : otherwise;
    }

    List<Integer> numbers(String name, List<Integer> otherwise) {
        if (!options.containsKey(name)) {
            return otherwise;
        }
        // "--plain=" (nothing) is an empty list.
        return Arrays.stream(options.get(name).split(","))
                .filter(n -> !n.isBlank())
                .map(Integer::parseInt)
                .toList();
    }

    String text(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(options.getOrDefault(name, "false"));
    }
}
