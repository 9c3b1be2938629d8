package org.brtimeline.chronology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two editors saved the same event: a three-way merge of one editor's draft with the other's save,
 * field by field, against the version both started from. A field only one of them changed takes
 * that change; a field both changed differently is a {@link Conflict} the editor decides.
 */
public final class DraftMerge {

    /** The parts of a draft that merge as a whole; the date's start, end, precision and qualifier belong together. */
    public enum Field {
        TITLE("Title", EventDraft::getTitle, (from, to) -> to.setTitle(from.getTitle())),
        SUMMARY("Summary", EventDraft::getSummary, (from, to) -> to.setSummary(from.getSummary())),
        CATEGORY("Category", EventDraft::getCategory, (from, to) -> to.setCategory(from.getCategory())),
        ACTORS("Actors", DraftMerge::actorIds, (from, to) -> to.setActors(from.getActors())),
        PLACES("Places", EventDraft::placeList, (from, to) -> to.setPlaces(from.getPlaces())),
        DATE("Date", DraftMerge::dateParts, (from, to) -> {
            to.setStart(from.getStart());
            to.setEnd(from.getEnd());
            to.setPrecision(from.getPrecision());
            to.setQualifier(from.getQualifier());
        }),
        WORDING("Wording in the article", EventDraft::getWording, (from, to) -> to.setWording(from.getWording())),
        BASIS("Date basis", EventDraft::getBasis, (from, to) -> to.setBasis(from.getBasis())),
        DATE_NOTE(
                "How the date was established",
                EventDraft::getDateNote,
                (from, to) -> to.setDateNote(from.getDateNote())),
        STATUS("Status", EventDraft::getStatus, (from, to) -> to.setStatus(from.getStatus()));

        private final String label;
        private final Function<EventDraft, Object> value;
        private final BiConsumer<EventDraft, EventDraft> copy;

        Field(String label, Function<EventDraft, Object> value, BiConsumer<EventDraft, EventDraft> copy) {
            this.label = label;
            this.value = value;
            this.copy = copy;
        }

        public String label() {
            return label;
        }

        private Object valueIn(EventDraft draft) {
            Object v = value.apply(draft);
            return v instanceof String s && s.isBlank() ? null : v instanceof String s ? s.strip() : v;
        }

        /** The field's value in a draft, in the words the form uses. */
        public String shownIn(EventDraft draft) {
            return switch (this) {
                case CATEGORY ->
                    draft.getCategory() == null ? "" : draft.getCategory().label();
                case ACTORS ->
                    draft.getActors().stream()
                            .map(EventDetails.ActorRef::name)
                            .sorted()
                            .collect(Collectors.joining(", "));
                case PLACES -> String.join(", ", draft.placeList());
                case DATE -> dateLabel(draft);
                case BASIS -> draft.getBasis() == null ? "" : draft.getBasis().label();
                case STATUS ->
                    draft.getStatus() == null ? "" : draft.getStatus().label();
                default -> Objects.toString(valueIn(draft), "");
            };
        }
    }

    /** A field both editors changed, each to something else. */
    public record Conflict(Field field, String mine, String theirs) {}

    private final EventDraft mine;
    private final EventDraft theirs;
    private final List<Field> takenFromTheirs = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    private DraftMerge(EventDraft base, EventDraft mine, EventDraft theirs) {
        this.mine = mine;
        this.theirs = theirs;
        for (Field field : Field.values()) {
            Object was = field.valueIn(base);
            Object my = field.valueIn(mine);
            Object their = field.valueIn(theirs);
            boolean iChanged = !Objects.equals(was, my);
            boolean theyChanged = !Objects.equals(was, their);
            if (theyChanged && !iChanged) {
                takenFromTheirs.add(field);
            } else if (theyChanged && !Objects.equals(my, their)) {
                conflicts.add(new Conflict(field, field.shownIn(mine), field.shownIn(theirs)));
            }
        }
    }

    /** Merges {@code mine} (the form) and {@code theirs} (what is stored now), both derived from {@code base}. */
    public static DraftMerge of(EventDraft base, EventDraft mine, EventDraft theirs) {
        return new DraftMerge(base, mine, theirs);
    }

    /** The fields the other editor changed and this one did not: the merge takes their values. */
    public List<Field> takenFromTheirs() {
        return List.copyOf(takenFromTheirs);
    }

    public List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** The merged draft, keeping this editor's value in every conflict. */
    public EventDraft merged() {
        return resolved(EnumSet.noneOf(Field.class));
    }

    /** The merged draft, taking the other editor's value in the conflicts on {@code theirsWins}. */
    public EventDraft resolved(Set<Field> theirsWins) {
        EventDraft result = new EventDraft();
        for (Field field : Field.values()) {
            boolean fromTheirs = takenFromTheirs.contains(field) || theirsWins.contains(field);
            field.copy.accept(fromTheirs ? theirs : mine, result);
        }
        return result;
    }

    private static Object actorIds(EventDraft draft) {
        return draft.getActors().stream().map(EventDetails.ActorRef::id).collect(Collectors.toSet());
    }

    private static Object dateParts(EventDraft draft) {
        return java.util.Arrays.asList(draft.getStart(), draft.getEnd(), draft.getPrecision(), draft.getQualifier());
    }

    private static String dateLabel(EventDraft draft) {
        try {
            return draft.date().label();
        } catch (RuntimeException incomplete) {
            return draft.getStart() + (draft.getEnd() == null ? "" : " – " + draft.getEnd());
        }
    }
}
