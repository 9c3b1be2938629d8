package org.brtimeline.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document: the creation time from {@code <DCT>}, the plain text of {@code <TEXT>} with
 * every tag removed and entities decoded, and the gold TIMEX3 annotations as offsets into that text.
 */
public record TimemlDocument(String name, LocalDate creationTime, String text, List<Gold> timexes) {

    /** A gold annotation. */
    public record Gold(int start, int end, String text, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public static TimemlDocument read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static TimemlDocument parse(String name, String xml) {
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) {
            throw new IllegalArgumentException(name + ": no <DCT> with a TIMEX3 value");
        }
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IllegalArgumentException(name + ": no <TEXT> element");
        }
        String body = xml.substring(open + "<TEXT>".length(), close);
        StringBuilder text = new StringBuilder();
        List<Gold> timexes = new ArrayList<>();
        int[] timexStart = {-1};
        String[] timexAttributes = {null};
        Matcher tag = TAG.matcher(body);
        int at = 0;
        while (tag.find()) {
            text.append(decode(body.substring(at, tag.start())));
            at = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                timexStart[0] = text.length();
                timexAttributes[0] = tag.group(3);
            } else if (timexStart[0] >= 0) {
                timexes.add(gold(text, timexStart[0], timexAttributes[0]));
                timexStart[0] = -1;
            }
        }
        text.append(decode(body.substring(at)));
        return new TimemlDocument(name, LocalDate.parse(dct.group(1)), text.toString(), timexes);
    }

    private static Gold gold(StringBuilder text, int start, String attributes) {
        String type = null;
        String value = null;
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1).equals("type")) {
                type = a.group(2);
            } else if (a.group(1).equals("value")) {
                value = a.group(2);
            }
        }
        return new Gold(start, text.length(), text.substring(start), type, value);
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
