package org.brtimeline.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brtimeline.SharedData;

/**
 * TempEval-3's training data, next to the project (never copied into it: its licence is for
 * evaluation only). Tests over it skip, with a message saying so, on machines without it, and fail on CI, which has it.
 */
final class TempEval {

    static final Path FOLDER = Path.of("..", "shared", "tempeval");
    static final List<String> CORPORA = List.of("TimeBank", "AQUAINT");

    private TempEval() {}

    /** Every .tml document of TimeBank and AQUAINT; skips the calling test when the folder is missing (fails it on CI). */
    static List<TimemlDocument> documentsOrSkip() {
        SharedData.require(FOLDER.toString());
        List<TimemlDocument> documents = new ArrayList<>();
        for (String corpus : CORPORA) {
            try (Stream<Path> files = Files.list(FOLDER.resolve(corpus))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tml"))
                        .sorted()
                        .toList()) {
                    documents.add(TimemlDocument.read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }
}
