package org.brtimeline.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** What is wrong with a file's front matter, in a curator's words: the field at fault, never a Java class. */
final class FrontMatterProblem {

    private FrontMatterProblem() {}

    static String of(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown front-matter field '" + unknown.getPropertyName() + "' (the fields are "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "))
                    + ")";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "front-matter field '" + field(invalid) + "': '" + invalid.getValue() + "' is not a valid value";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "front-matter field '" + field(mapping) + "' has a value of the wrong kind";
        }
        String line =
                e.getLocation() == null ? "" : " (line " + (e.getLocation().getLineNr() + 1) + " of the file)";
        return "the front matter is not valid YAML" + line;
    }

    private static String field(JsonMappingException e) {
        return e.getPath().get(e.getPath().size() - 1).getFieldName();
    }
}
