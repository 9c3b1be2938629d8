package org.brtimeline.export;

import java.time.LocalDate;
import java.util.List;

/**
 * Citations as BibTeX: one {@code @article} per source (a newspaper article, its publisher as the journal), {@code year}
 * and {@code month} only when the publication date tells them, biblatex's {@code date} (as precise as known), {@code
 * url} and {@code urldate}, the quotes as the abstract. Text fields have TeX's special characters escaped, so that a
 * quote with {@code %}, {@code &}, {@code _} or braces typesets as written; a URL is taken verbatim (the {@code url} package
 * reads it), so only braces, backslashes and spaces, which would break the field, are percent-encoded in it.
 */
final class BibTex {

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private BibTex() {}

    static String write(List<CitedSource> sources, LocalDate accessed) {
        StringBuilder out = new StringBuilder();
        for (CitedSource source : sources) {
            out.append("@article{").append(key(source.key())).append(",\n");
            text(out, "title", source.title());
            text(out, "journal", source.publisher());
            text(out, "publisher", source.publisher());
            List<Integer> issued = source.issued();
            if (!issued.isEmpty()) {
                field(out, "year", "{" + issued.get(0) + "}");
            }
            if (issued.size() > 1) {
                field(out, "month", MONTHS[issued.get(1) - 1]);
            }
            if (!issued.isEmpty()) {
                field(out, "date", "{" + isoDate(issued) + "}");
            }
            if (source.language() != null) {
                text(out, "language", source.language());
            }
            field(out, "url", "{" + url(source.url()) + "}");
            field(out, "urldate", "{" + accessed + "}");
            text(out, "abstract", source.quotesOnOneLine());
            text(out, "note", source.note());
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static void text(StringBuilder out, String name, String value) {
        field(out, name, "{" + escape(value) + "}");
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = ").append(value).append(",\n");
    }

    /** 2020, 2020-08 or 2020-08-09. */
    private static String isoDate(List<Integer> parts) {
        StringBuilder date = new StringBuilder(String.format("%04d", parts.get(0)));
        parts.subList(1, parts.size()).forEach(part -> date.append(String.format("-%02d", part)));
        return date.toString();
    }

    /** A citation key: letters, digits and {@code - _ : .} only. */
    static String key(String slug) {
        return slug.replaceAll("[^A-Za-z0-9_:.-]", "-");
    }

    /** Text with TeX's special characters written as commands, line breaks as spaces. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> escaped.append('\\').append(c);
                case '^' -> escaped.append("\\textasciicircum{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A URL with the characters that would unbalance a field or start a TeX command percent-encoded. */
    static String url(String url) {
        return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C").replace(" ", "%20");
    }
}
