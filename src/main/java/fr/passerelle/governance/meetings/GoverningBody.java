package fr.passerelle.governance.meetings;

import fr.passerelle.governance.BodyKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A governing body of a campus and the people who sit on it now. A seat that ended (its member was taken out of the
 * directory) stays in {@code body_member} with its end date, outside {@link #members()}.
 */
@Entity
@Table(name = "governing_body")
class GoverningBody {

    @Id
    private UUID id;
    private UUID campusId;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    private String name;
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "body_member", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "person_id")
    @SQLRestriction("ended_on is null")
    private Set<UUID> members = new LinkedHashSet<>();

    protected GoverningBody() {
    }

    static GoverningBody constitute(UUID campusId, BodyKind kind, String name, Instant now) {
        var body = new GoverningBody();
        body.id = UUID.randomUUID();
        body.campusId = campusId;
        body.kind = kind;
        body.name = name.strip();
        body.createdAt = now;
        return body;
    }

    /** Returns false when the person already sits on the body. */
    boolean appoint(UUID personId) {
        return members.add(personId);
    }

    boolean dismiss(UUID personId) {
        return members.remove(personId);
    }

    UUID id() {
        return id;
    }

    UUID campusId() {
        return campusId;
    }

    BodyKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Set<UUID> members() {
        return Set.copyOf(members);
    }
}
