package org.brtimeline.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of the events that TimeML annotators dated (TimeBank, AQUAINT: news we do not have) the candidates
 * cover, split as issue 11 splits them: events dated on the publication day and events dated away from it.
 *
 * <p>A gold dated event is an EVENT of a happening class ({@link #HAPPENINGS}) one of whose instances has a TLINK
 * that puts it at or within ({@link #AT}) a TIMEX3 of type DATE or TIME with a placeable value (a day, week,
 * weekend, month, quarter, half, season, year, decade or century; not PRESENT_REF, not XXXX-…), or at or within
 * the DCT. Its days are the value's range (the DCT: its day); with several such links, the narrowest range counts
 * (a time of the text before the DCT when both are as narrow). A candidate covers it when the candidate's sentence
 * holds the event's words and the candidate's [earliest, latest] overlaps those days.
 *
 * <p>The candidates are found as the review queue finds them: the tagger with the DCT's day, the DCT as the
 * publication day (DAY), an {@link EventDescriber} without known actors and with the gazetteer.
 *
 * <p>A measurement, not a test: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.brtimeline.extraction.CandidateCoverage [--misses] [--part=a|b] <folder of .tml files>...} (see
 * docs/extraction.md). The TimeML files are for evaluation only and stay outside the repository.
 */
public final class CandidateCoverage {

    /** Relations (event to time) that put the event at or within the time, or the time within the event's span. */
    static final Set<String> AT =
            Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY");

    /** Event classes that are happenings (STATE and I_STATE are not). */
    static final Set<String> HAPPENINGS = Set.of("OCCURRENCE", "I_ACTION", "ASPECTUAL", "REPORTING", "PERCEPTION");

    /** An annotated event with the days the annotators put it on. */
    record DatedEvent(
            TimemlDocument.Event event, LocalDate from, LocalDate to, String value, String relType, boolean onDct) {}

    private CandidateCoverage() {}

    /** The relation read from the event's side: a link written time-first is inverted. */
    static String fromEvent(TimemlDocument.TimeLink link) {
        if (link.eventFirst() || link.relType() == null) {
            return link.relType();
        }
        return switch (link.relType()) {
            case "INCLUDES" -> "IS_INCLUDED";
            case "IS_INCLUDED" -> "INCLUDES";
            case "BEGINS" -> "BEGUN_BY";
            case "BEGUN_BY" -> "BEGINS";
            case "ENDS" -> "ENDED_BY";
            case "ENDED_BY" -> "ENDS";
            case "BEFORE" -> "AFTER";
            case "AFTER" -> "BEFORE";
            case "IBEFORE" -> "IAFTER";
            case "IAFTER" -> "IBEFORE";
            case "DURING" -> "DURING_INV";
            case "DURING_INV" -> "DURING";
            default -> link.relType();
        };
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern YEARS = Pattern.compile("^(\\d{2,4})$");

    /** The days of a TIMEX3 value, or null when it cannot be placed on the calendar. */
    static LocalDate[] days(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new LocalDate[] {day, day};
            }
            if ((m = WEEK.matcher(value)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return m.group(3) == null
                        ? new LocalDate[] {monday, monday.plusDays(6)}
                        : new LocalDate[] {monday.plusDays(5), monday.plusDays(6)};
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return months(LocalDate.of(num(m, 1), num(m, 2), 1), 1);
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                return months(LocalDate.of(num(m, 1), (num(m, 2) - 1) * 3 + 1, 1), 3);
            }
            if ((m = HALF.matcher(value)).matches()) {
                return months(LocalDate.of(num(m, 1), (num(m, 2) - 1) * 6 + 1, 1), 6);
            }
            if ((m = SEASON.matcher(value)).matches()) {
                int month =
                        switch (m.group(2)) {
                            case "SP" -> 3;
                            case "SU" -> 6;
                            case "FA" -> 9;
                            default -> 12;
                        };
                return months(LocalDate.of(num(m, 1), month, 1), 3);
            }
            if ((m = YEARS.matcher(value)).matches()) {
                int digits = m.group(1).length();
                int first = num(m, 1) * (int) Math.pow(10, 4 - digits);
                return new LocalDate[] {
                    LocalDate.of(first, 1, 1), LocalDate.of(first + (int) Math.pow(10, 4 - digits) - 1, 12, 31)
                };
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static LocalDate[] months(LocalDate first, int count) {
        return new LocalDate[] {first, first.plusMonths(count).minusDays(1)};
    }

    /** The document's events (of every class) that the annotators put at or within a placeable date. */
    static List<DatedEvent> datedEvents(TimemlDocument document) {
        Map<String, TimemlDocument.Event> events = new HashMap<>();
        document.events().forEach(e -> events.putIfAbsent(e.id(), e));
        Map<String, DatedEvent> best = new LinkedHashMap<>();
        for (TimemlDocument.TimeLink link : document.timeLinks()) {
            String relType = fromEvent(link);
            TimemlDocument.Event event = events.get(document.instances().get(link.eventInstance()));
            TimemlDocument.Time time = document.times().get(link.time());
            if (event == null || time == null || !AT.contains(relType)) {
                continue;
            }
            LocalDate[] days;
            if (time.creationTime()) {
                days = new LocalDate[] {document.creationTime(), document.creationTime()};
            } else if ("DATE".equals(time.type()) || "TIME".equals(time.type())) {
                days = days(time.value());
            } else {
                days = null;
            }
            if (days == null) {
                continue;
            }
            boolean onDct = days[0].equals(document.creationTime()) && days[1].equals(document.creationTime());
            DatedEvent dated = new DatedEvent(
                    event,
                    days[0],
                    days[1],
                    time.creationTime() ? "DCT " + time.value() : time.value(),
                    relType,
                    onDct);
            DatedEvent before = best.get(event.id());
            if (before == null || narrower(dated, before, time.creationTime())) {
                best.put(event.id(), dated);
            }
        }
        return best.values().stream()
                .sorted((a, b) -> Integer.compare(a.event().start(), b.event().start()))
                .toList();
    }

    private static boolean narrower(DatedEvent candidate, DatedEvent before, boolean candidateIsDct) {
        long length = candidate.to().toEpochDay() - candidate.from().toEpochDay();
        long beforeLength = before.to().toEpochDay() - before.from().toEpochDay();
        return length < beforeLength
                || (length == beforeLength && !candidateIsDct && before.value().startsWith("DCT "));
    }

    /** The candidate's sentence holds the event's words and its dates overlap the event's days. */
    static boolean covers(Candidate candidate, DatedEvent event) {
        return candidate.start() <= event.event().start()
                && event.event().end() <= candidate.end()
                && candidate.earliest() != null
                && candidate.latest() != null
                && !candidate.earliest().isAfter(event.to())
                && !event.from().isAfter(candidate.latest());
    }

    /** Counts of one split (on the publication day, away from it). */
    static final class Tally {
        int on, onCovered, away, awayCovered;

        void addAll(Tally other) {
            on += other.on;
            onCovered += other.onCovered;
            away += other.away;
            awayCovered += other.awayCovered;
        }

        void add(DatedEvent event, boolean covered) {
            if (event.onDct()) {
                on++;
                onCovered += covered ? 1 : 0;
            } else {
                away++;
                awayCovered += covered ? 1 : 0;
            }
        }
    }

    /** The figures of one folder (or of all). */
    static final class Report {
        int documents, candidates, candidatesCovering, candidatesOnDatedSentence, happeningEvents;
        final Tally happenings = new Tally();
        final Map<String, Tally> byClass = new TreeMap<>();
        final List<String> misses = new ArrayList<>();

        void addAll(Report other) {
            documents += other.documents;
            candidates += other.candidates;
            candidatesCovering += other.candidatesCovering;
            candidatesOnDatedSentence += other.candidatesOnDatedSentence;
            happeningEvents += other.happeningEvents;
            happenings.addAll(other.happenings);
            other.byClass.forEach(
                    (c, t) -> byClass.computeIfAbsent(c, k -> new Tally()).addAll(t));
        }

        void print(String title, PrintStream out) {
            out.printf(
                    Locale.ROOT,
                    "%s: %d documents, %d candidates (%.1f per document)%n",
                    title,
                    documents,
                    candidates,
                    documents == 0 ? 0 : (double) candidates / documents);
            out.printf(
                    Locale.ROOT,
                    "  happening events %d, dated by a TLINK to a placeable date %d (%.3f)%n",
                    happeningEvents,
                    happenings.on + happenings.away,
                    ratio(happenings.on + happenings.away, happeningEvents));
            row(out, "  happenings  ", happenings);
            out.printf(
                    Locale.ROOT,
                    "  candidates covering a dated happening: %d of %d (%.3f); whose sentence holds one: %d"
                            + " (%.3f)%n",
                    candidatesCovering,
                    candidates,
                    ratio(candidatesCovering, candidates),
                    candidatesOnDatedSentence,
                    ratio(candidatesOnDatedSentence, candidates));
            byClass.forEach((c, t) -> row(out, String.format(Locale.ROOT, "  %-12s", c), t));
        }

        private static void row(PrintStream out, String label, Tally t) {
            out.printf(
                    Locale.ROOT,
                    "%s on the publication day %.3f (%d of %d) | away %.3f (%d of %d) | all %.3f (%d of %d)%n",
                    label,
                    ratio(t.onCovered, t.on),
                    t.onCovered,
                    t.on,
                    ratio(t.awayCovered, t.away),
                    t.awayCovered,
                    t.away,
                    ratio(t.onCovered + t.awayCovered, t.on + t.away),
                    t.onCovered + t.awayCovered,
                    t.on + t.away);
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static void measure(
            TimemlDocument document, TemporalTagger tagger, EventDescriber describer, Report report, boolean misses) {
        String text = document.text();
        List<Candidate> candidates = CandidateFinder.find(
                text, tagger.tag(text, document.creationTime()), document.creationTime(), Granularity.DAY, describer);
        List<DatedEvent> dated = datedEvents(document);
        List<DatedEvent> happenings = dated.stream()
                .filter(d -> HAPPENINGS.contains(d.event().eventClass()))
                .toList();
        report.documents++;
        report.happeningEvents += (int) document.events().stream()
                .filter(e -> HAPPENINGS.contains(e.eventClass()))
                .map(TimemlDocument.Event::id)
                .distinct()
                .count();
        report.candidates += candidates.size();
        for (Candidate c : candidates) {
            if (happenings.stream().anyMatch(d -> covers(c, d))) {
                report.candidatesCovering++;
            }
            if (happenings.stream()
                    .anyMatch(d -> c.start() <= d.event().start() && d.event().end() <= c.end())) {
                report.candidatesOnDatedSentence++;
            }
        }
        List<Sentence> sentences = misses ? SentenceSplitter.split(text) : List.of();
        for (DatedEvent d : dated) {
            boolean covered = candidates.stream().anyMatch(c -> covers(c, d));
            report.byClass
                    .computeIfAbsent(String.valueOf(d.event().eventClass()), k -> new Tally())
                    .add(d, covered);
            if (!HAPPENINGS.contains(d.event().eventClass())) {
                continue;
            }
            report.happenings.add(d, covered);
            if (misses && !covered) {
                String sentence = sentences.stream()
                        .filter(s -> s.start() <= d.event().start() && d.event().start() < s.end())
                        .map(s -> text.substring(s.start(), s.end()))
                        .findFirst()
                        .orElse("?")
                        .replaceAll("\\s+", " ");
                List<String> there = candidates.stream()
                        .filter(c -> c.start() <= d.event().start() && d.event().end() <= c.end())
                        .map(c -> c.earliest() + ".." + c.latest())
                        .toList();
                report.misses.add(String.format(
                        "MISSED\t%s\t%s\t%s\t%s %s [%s..%s]\t%s\tcandidates: %s",
                        document.name(),
                        d.onDct() ? "on" : "away",
                        d.event().text(),
                        d.relType(),
                        d.value(),
                        d.from(),
                        d.to(),
                        sentence,
                        there.isEmpty() ? "none" : String.join(", ", there)));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        boolean misses = false;
        TimemlEvaluation.Part part = TimemlEvaluation.Part.ALL;
        List<Path> folders = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--misses")) {
                misses = true;
            } else if (arg.startsWith("--part=")) {
                part = TimemlEvaluation.Part.parse(arg.substring("--part=".length()));
            } else {
                folders.add(Path.of(arg));
            }
        }
        if (folders.isEmpty()) {
            System.out.println("usage: CandidateCoverage [--misses] [--part=a|b] <folder of .tml files>...");
            return;
        }
        TemporalTagger tagger = new TemporalTagger();
        EventDescriber describer = new EventDescriber(List.of(), Gazetteer.instance());
        Report total = new Report();
        List<Report> reports = new ArrayList<>();
        for (Path folder : folders) {
            Report report = new Report();
            for (Path file : TimemlEvaluation.files(folder, part)) {
                TimemlDocument document = TimemlDocument.read(file);
                measure(document, tagger, describer, report, misses);
            }
            total.addAll(report);
            reports.add(report);
        }
        if (misses) {
            reports.forEach(r -> r.misses.forEach(System.out::println));
        }
        for (int i = 0; i < folders.size(); i++) {
            reports.get(i).print(folders.get(i).getFileName() + " (part " + part + ")", System.out);
        }
        if (folders.size() > 1) {
            total.print("all (part " + part + ")", System.out);
        }
    }
}
