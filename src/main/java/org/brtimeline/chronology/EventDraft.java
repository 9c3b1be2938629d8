package org.brtimeline.chronology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.DateQualifier;

/**
 * What an editor fills in for an event. The limits are the entity's, so the form and the
 * database can never disagree; the date rules are checked by {@link EventDate} itself.
 */
public class EventDraft {

    @NotBlank(message = "A title is required")
    @Size(max = Event.MAX_TITLE, message = "At most " + Event.MAX_TITLE + " characters")
    private String title = "";

    @Size(max = Event.MAX_SUMMARY, message = "At most " + Event.MAX_SUMMARY + " characters")
    private String summary = "";

    @NotNull(message = "Choose a category")
    private Category category;

    private Set<EventDetails.ActorRef> actors = new LinkedHashSet<>();

    @Size(max = 2000, message = "At most 2000 characters")
    private String places = "";

    @NotNull(message = "A start date is required")
    private LocalDate start;

    private LocalDate end;

    @NotNull(message = "Choose a precision")
    private DatePrecision precision = DatePrecision.DAY;

    private DateQualifier qualifier;

    @Size(max = EventDate.MAX_WORDING, message = "At most " + EventDate.MAX_WORDING + " characters")
    private String wording = "";

    @NotNull
    private DateBasis basis = DateBasis.STATED;

    @Size(max = EventDate.MAX_NOTE, message = "At most " + EventDate.MAX_NOTE + " characters")
    private String dateNote = "";

    @NotNull
    private EventStatus status = EventStatus.DRAFT;

    /** A draft holding what an event says now, for editing it. */
    public static EventDraft of(EventDetails event) {
        EventDraft draft = new EventDraft();
        draft.title = event.title();
        draft.summary = event.summary() == null ? "" : event.summary();
        draft.category = event.category();
        draft.actors = new LinkedHashSet<>(event.actors());
        draft.places = String.join(", ", event.places());
        draft.start = event.start();
        draft.end = event.end();
        draft.precision = event.precision();
        draft.qualifier = event.qualifier();
        draft.wording = event.wording() == null ? "" : event.wording();
        draft.basis = event.dateBasis();
        draft.dateNote = event.dateNote() == null ? "" : event.dateNote();
        draft.status = event.status();
        return draft;
    }

    /** The date this draft describes; throws with a message starting with the field at fault. */
    public EventDate date() {
        return EventDate.of(start, end, precision, qualifier).describedAs(wording, basis, dateNote);
    }

    /** Every rule of an event this draft breaks, by field, all at once; empty when it makes a sound event. */
    public Map<String, String> problems() {
        return Event.problemsWith(this);
    }

    /** The places as a list: the field holds them separated by commas or semicolons. */
    public List<String> placeList() {
        List<String> list = new ArrayList<>();
        for (String place : places == null ? new String[0] : places.split("[,;]")) {
            if (!place.isBlank()) {
                list.add(place.strip());
            }
        }
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Set<EventDetails.ActorRef> getActors() {
        return actors;
    }

    public void setActors(Set<EventDetails.ActorRef> actors) {
        this.actors = actors == null ? new LinkedHashSet<>() : new LinkedHashSet<>(actors);
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public void setPrecision(DatePrecision precision) {
        this.precision = precision;
    }

    public DateQualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(DateQualifier qualifier) {
        this.qualifier = qualifier;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public DateBasis getBasis() {
        return basis;
    }

    public void setBasis(DateBasis basis) {
        this.basis = basis;
    }

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }
}
