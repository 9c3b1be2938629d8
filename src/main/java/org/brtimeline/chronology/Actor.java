package org.brtimeline.chronology;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.TextAnalysis;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;

/** A person, state or organisation that events involve; shared by all events, with the spellings articles use. */
@Entity
@Table(name = "actor")
public class Actor {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField
    private Long id;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @Column(name = "name", nullable = false, unique = true, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ActorKind kind;

    @FullTextField(analyzer = TextAnalysis.READER_TEXT)
    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias", nullable = false, length = MAX_NAME)
    private Set<String> aliases = new TreeSet<>();

    protected Actor() {}

    Actor(String name, ActorKind kind, Collection<String> aliases) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "required, at most " + MAX_NAME + " characters");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "required");
        }
        this.name = name.strip();
        this.kind = kind;
        aliases.stream()
                .map(String::strip)
                .filter(alias -> !alias.isEmpty() && !alias.equals(this.name))
                .forEach(this.aliases::add);
    }

    /** Whether the actor goes by this name or spelling. */
    public boolean isCalled(String nameOrAlias) {
        return name.equalsIgnoreCase(nameOrAlias)
                || aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(nameOrAlias));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    public Set<String> aliases() {
        return Set.copyOf(aliases);
    }

    /** The actor as events name it. */
    EventDetails.ActorRef ref() {
        return new EventDetails.ActorRef(id, name, kind);
    }
}
