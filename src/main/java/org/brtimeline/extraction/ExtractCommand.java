package org.brtimeline.extraction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code extract --published YYYY-MM-DD [--actors actors.yaml] [--format json|tsv] <file>}: prints the
 * temporal expressions and the candidate events of a UTF-8 text file; offsets index the text as read.
 * The actors (a YAML list of {@code name}, {@code kind}, {@code aliases}, as {@code corpus/actors.yaml})
 * are the names candidates know.
 */
public final class ExtractCommand {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractCommand() {}

    public static int run(List<String> args, PrintStream out) throws IOException {
        String published = option(args, "--published");
        String format = option(args, "--format");
        String actorsFile = option(args, "--actors");
        List<String> files = args.stream()
                .filter(a -> !a.startsWith("--") && !a.equals(published) && !a.equals(format) && !a.equals(actorsFile))
                .toList();
        if (published == null || files.size() != 1) {
            out.println("usage: extract --published YYYY-MM-DD [--actors actors.yaml] [--format json|tsv] <file.txt>");
            return 2;
        }
        LocalDate reference;
        try {
            reference = LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            out.println("--published: '" + published + "' is not a date in the form YYYY-MM-DD");
            return 2;
        }
        String text = Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8);
        List<TemporalExpression> expressions = new TemporalTagger().tag(text, reference);
        List<KnownActor> actors = actorsFile == null
                ? List.of()
                : new YAMLMapper().readValue(Path.of(actorsFile).toFile(), new TypeReference<List<KnownActor>>() {});
        List<Candidate> candidates =
                CandidateFinder.find(text, expressions, reference, new EventDescriber(actors, Gazetteer.instance()));
        if ("tsv".equals(format)) {
            out.print(TimexTsv.of(expressions));
        } else {
            out.println(JSON.writeValueAsString(Map.of("expressions", expressions, "candidates", candidates)));
        }
        return 0;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
