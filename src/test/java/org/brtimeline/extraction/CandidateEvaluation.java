package org.brtimeline.extraction;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the five corpus articles into an empty chronology the way the review queue does (candidates per
 * article, grouped across articles with {@link SameEvent}) and compares the candidates with the curated events
 * of {@code corpus/events.yaml}: recall (a curated event one of whose quotes a candidate's sentence overlaps,
 * with overlapping dates), precision (groups of candidates that cover a curated event), the titles' ROUGE-L F
 * against the curated titles, and the actors' and places' precision and recall on the matched pairs.
 *
 * <p>A measurement, not a test: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.brtimeline.extraction.CandidateEvaluation [--list]} (see docs/extraction.md).
 */
public final class CandidateEvaluation {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CuratedEvent(
            String title, String category, List<String> actors, List<String> places, When date, List<Quote> evidence) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record When(String when, String until, String basis) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(String article, String quote) {}

    /** A candidate of an article, and the group (across articles) it joined. */
    record Proposed(CorpusArticle article, Candidate candidate, int group) {}

    public static void main(String[] args) throws IOException {
        run(args.length > 0 && args[0].equals("--list"), System.out);
    }

    static void run(boolean list, PrintStream out) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<KnownActor> actors =
                yaml.readValue(Path.of("corpus", "actors.yaml").toFile(), new TypeReference<List<KnownActor>>() {});
        List<CuratedEvent> events =
                yaml.readValue(Path.of("corpus", "events.yaml").toFile(), new TypeReference<List<CuratedEvent>>() {});
        EventDescriber describer = new EventDescriber(actors, Gazetteer.instance());
        TemporalTagger tagger = new TemporalTagger();
        List<Proposed> proposed = new ArrayList<>();
        Map<String, CorpusArticle> articles = new HashMap<>();
        long started = System.nanoTime();
        for (CorpusArticle article : CorpusArticle.all()) {
            articles.put(article.slug(), article);
            for (Candidate c : CandidateFinder.find(
                    article.text(),
                    tagger.tag(article.text(), article.published()),
                    article.published(),
                    article.precision(),
                    describer)) {
                List<Proposed> elsewhere = proposed.stream()
                        .filter(p -> !p.article().slug().equals(article.slug()))
                        .toList();
                int group = SameEvent.best(report(c), elsewhere, p -> report(p.candidate()))
                        .map(best -> best.other().group())
                        .orElse(proposed.size());
                proposed.add(new Proposed(article, c, group));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, String> canonical = new HashMap<>();
        actors.forEach(a -> {
            canonical.put(a.name(), a.name());
            a.aliases().forEach(alias -> canonical.put(alias, a.name()));
        });
        int covered = 0;
        double rouge = 0;
        long actorHits = 0,
                actorProposed = 0,
                actorCurated = 0,
                placeHits = 0,
                placeProposed = 0,
                placeCurated = 0,
                categoryHits = 0;
        Set<Integer> correctGroups = new LinkedHashSet<>();
        List<String> misses = new ArrayList<>();
        for (CuratedEvent event : events) {
            LocalDate[] days = days(event.date());
            List<Proposed> matching = proposed.stream()
                    .filter(p -> covers(p, event, days, articles))
                    .toList();
            if (matching.isEmpty()) {
                misses.add("MISSED\t" + event.title() + "\t" + event.date().when());
                continue;
            }
            covered++;
            matching.forEach(p -> correctGroups.add(p.group()));
            Proposed best = matching.stream()
                    .max((a, b) -> Double.compare(
                            rougeL(a.candidate().title(), event.title()),
                            rougeL(b.candidate().title(), event.title())))
                    .orElseThrow();
            rouge += rougeL(best.candidate().title(), event.title());
            Set<String> wantActors = event.actors().stream()
                    .map(a -> canonical.getOrDefault(a, a))
                    .collect(Collectors.toSet());
            Set<String> gotActors = new LinkedHashSet<>(best.candidate().actors());
            actorCurated += wantActors.size();
            actorProposed += gotActors.size();
            actorHits += gotActors.stream().filter(wantActors::contains).count();
            Set<String> wantPlaces = new LinkedHashSet<>(event.places());
            Set<String> gotPlaces = new LinkedHashSet<>(best.candidate().places());
            placeCurated += wantPlaces.size();
            placeProposed += gotPlaces.size();
            placeHits += gotPlaces.stream().filter(wantPlaces::contains).count();
            if (event.category().equals(best.candidate().category())) {
                categoryHits++;
            }
            if (list) {
                out.printf(
                        "%s (places %s, %s)%n    title: %s | actors %s | places %s | %s%n",
                        event.title(),
                        wantPlaces,
                        event.category(),
                        best.candidate().title(),
                        gotActors,
                        gotPlaces,
                        best.candidate().category());
            }
        }
        Set<Integer> groups = proposed.stream().map(Proposed::group).collect(Collectors.toSet());
        out.printf(
                Locale.ROOT,
                "%d articles, %d candidates in %d groups, %.2f s%n",
                articles.size(),
                proposed.size(),
                groups.size(),
                seconds);
        out.printf(
                Locale.ROOT,
                "recall     %.3f (%d of %d curated events)%n",
                (double) covered / events.size(),
                covered,
                events.size());
        out.printf(
                Locale.ROOT,
                "precision  %.3f (%d of %d groups cover a curated event)%n",
                (double) correctGroups.size() / groups.size(),
                correctGroups.size(),
                groups.size());
        out.printf(
                Locale.ROOT,
                "title ROUGE-L F  %.3f (mean over the covered events, best title of each)%n",
                covered == 0 ? 0 : rouge / covered);
        out.printf(
                Locale.ROOT,
                "actors     P %.3f  R %.3f%n",
                ratio(actorHits, actorProposed),
                ratio(actorHits, actorCurated));
        out.printf(
                Locale.ROOT,
                "places     P %.3f  R %.3f%n",
                ratio(placeHits, placeProposed),
                ratio(placeHits, placeCurated));
        out.printf(
                Locale.ROOT,
                "category   %.3f (%d of %d covered events: the suggestion is the curated category)%n",
                ratio(categoryHits, covered),
                categoryHits,
                covered);
        misses.forEach(out::println);
        if (list) {
            proposed.stream()
                    .filter(p -> !correctGroups.contains(p.group()))
                    .forEach(p -> out.printf(
                            "UNMATCHED\t%s\t%s\t%s\t%s%n",
                            p.article().slug(),
                            p.candidate().label(),
                            p.candidate().origin(),
                            p.candidate().title()));
        }
    }

    private static SameEvent.Report report(Candidate c) {
        return new SameEvent.Report(
                c.earliest(), c.latest(), c.actors(), c.evidence().quote());
    }

    private static boolean covers(
            Proposed p, CuratedEvent event, LocalDate[] days, Map<String, CorpusArticle> articles) {
        Candidate c = p.candidate();
        if (c.latest().isBefore(days[0]) || c.earliest().isAfter(days[1])) {
            return false;
        }
        for (Quote quote : event.evidence()) {
            if (!quote.article().equals(p.article().slug())) {
                continue;
            }
            int at = articles.get(quote.article()).text().indexOf(quote.quote());
            if (at >= 0 && at < c.end() && c.start() < at + quote.quote().length()) {
                return true;
            }
        }
        return false;
    }

    /** The days of a curated date: "2020-08-09", "2020-W35", "2020-08" or "2020", to its "until". */
    static LocalDate[] days(When date) {
        LocalDate[] from = range(date.when());
        LocalDate[] to = date.until() == null ? from : range(date.until());
        return new LocalDate[] {from[0], to[1]};
    }

    private static LocalDate[] range(String when) {
        if (when.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(when);
            return new LocalDate[] {day, day};
        }
        if (when.matches("\\d{4}-W\\d{2}")) {
            LocalDate monday = LocalDate.of(Integer.parseInt(when.substring(0, 4)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(when.substring(6)))
                    .with(DayOfWeek.MONDAY);
            return new LocalDate[] {monday, monday.plusDays(6)};
        }
        if (when.matches("\\d{4}-\\d{2}")) {
            LocalDate first = LocalDate.parse(when + "-01");
            return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
        }
        int year = Integer.parseInt(when);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    /** ROUGE-L F1 of two titles: the longest common subsequence of their lower-case words. */
    static double rougeL(String candidate, String reference) {
        String[] a = candidate.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+");
        String[] b = reference.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                lcs[i][j] = a[i - 1].equals(b[j - 1]) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        double common = lcs[a.length][b.length];
        if (common == 0) {
            return 0;
        }
        double precision = common / a.length;
        double recall = common / b.length;
        return 2 * precision * recall / (precision + recall);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private CandidateEvaluation() {}
}
