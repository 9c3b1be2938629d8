package org.brtimeline.extraction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code CandidateTitles [--actors actors.yaml] [--quotes] [--dates] [--places] <folder of .tml files>…}: prints one line per candidate the
 * review queue would propose for each TimeML document (file, sentence offset, title, and with {@code --quotes} the
 * quoted text, with {@code --dates} how its date was reached and the date, with {@code --places} its places), so that a change to the title rules
 * can be read on news they were not written for: run it before and after, and diff. There is no annotated set of
 * titles for such news; this is a reading aid, not a measure.
 */
public final class CandidateTitles {

    private CandidateTitles() {}

    public static void main(String[] args) throws IOException {
        List<KnownActor> actors = List.of();
        List<Path> folders = new ArrayList<>();
        boolean quotes = false;
        boolean dated = false;
        boolean placed = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dates")) {
                dated = true;
            } else if (args[i].equals("--places")) {
                placed = true;
            } else if (args[i].equals("--quotes")) {
                quotes = true;
            } else if (args[i].equals("--actors")) {
                actors = new YAMLMapper().readValue(Path.of(args[++i]).toFile(), new TypeReference<>() {});
            } else {
                folders.add(Path.of(args[i]));
            }
        }
        EventDescriber describer = new EventDescriber(actors, Gazetteer.instance());
        TemporalTagger tagger = new TemporalTagger();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tml"))
                        .sorted()
                        .toList()) {
                    TimemlDocument doc = TimemlDocument.read(file);
                    List<TemporalExpression> dates = tagger.tag(doc.text(), doc.creationTime());
                    for (Candidate c : CandidateFinder.find(doc.text(), dates, doc.creationTime(), describer)) {
                        System.out.println(file.getFileName() + "\t" + c.start() + "\t" + c.title()
                                + (dated ? "\t" + c.origin() + " " + c.label() : "")
                                + (placed ? "\t" + c.places() : "")
                                + (quotes
                                        ? "\t"
                                                + doc.text()
                                                        .substring(c.start(), c.end())
                                                        .replaceAll("\\s+", " ")
                                        : ""));
                    }
                }
            }
        }
    }
}
