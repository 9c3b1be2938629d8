package org.brtimeline.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Citations as RIS, the tagged format of EndNote, Zotero and Mendeley: a {@code NEWS} record per source with the
 * title ({@code TI}), the publisher ({@code T2}, {@code PB}), the year ({@code PY}) and the date to its precision
 * ({@code DA} {@code 2020/08//}), the address ({@code UR}), the access date ({@code Y2}), the quotes ({@code AB}) and
 * a note ({@code N1}). Each tag holds one line, ended by CRLF.
 */
final class Ris {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private Ris() {}

    static String write(List<CitedSource> sources, LocalDate accessed) {
        StringBuilder out = new StringBuilder();
        for (CitedSource source : sources) {
            tag(out, "TY", "NEWS");
            tag(out, "ID", source.key());
            tag(out, "TI", source.title());
            tag(out, "T2", source.publisher());
            tag(out, "PB", source.publisher());
            List<Integer> issued = source.issued();
            if (!issued.isEmpty()) {
                tag(out, "PY", String.format("%04d", issued.get(0)));
                tag(out, "DA", date(issued));
            }
            if (source.language() != null) {
                tag(out, "LA", source.language());
            }
            tag(out, "UR", source.url());
            tag(out, "Y2", DAY.format(accessed));
            tag(out, "AB", source.quotesOnOneLine());
            tag(out, "N1", source.note());
            out.append("ER  - \r\n");
        }
        return out.toString();
    }

    /** {@code 2020/08/09/}, {@code 2020/08//} or {@code 2020///}: the parts not known left empty. */
    private static String date(List<Integer> parts) {
        StringBuilder date = new StringBuilder(String.format("%04d/", parts.get(0)));
        for (int i = 1; i < 3; i++) {
            date.append(i < parts.size() ? String.format("%02d", parts.get(i)) : "")
                    .append('/');
        }
        return date.toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        out.append(tag)
                .append("  - ")
                .append(value.replaceAll("\\s+", " ").strip())
                .append("\r\n");
    }
}
