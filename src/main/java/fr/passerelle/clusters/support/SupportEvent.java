package fr.passerelle.clusters.support;

import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A collective HR event of a cluster: planned, changed, cancelled by its staff; its attendance recorded after it. */
@Entity
@Table(name = "support_event")
class SupportEvent {

    @Id
    private UUID id;
    private UUID clusterId;
    @Enumerated(EnumType.STRING)
    private SupportEventKind kind;
    private String title;
    private String theme;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private boolean online;
    private int capacity;
    private String charter;
    private String confidentialityRule;
    private String speakers;
    private Instant cancelledAt;
    private String cancellationReason;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected SupportEvent() {
    }

    static SupportEvent plan(UUID clusterId, SupportEventDetails details, Instant now) {
        var event = new SupportEvent();
        event.id = UUID.randomUUID();
        event.clusterId = clusterId;
        event.createdAt = now;
        event.describe(details, now);
        return event;
    }

    /** Sets what the staff say of the event, checked field by field (every problem reported at once). */
    void describe(SupportEventDetails details, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (details.kind() == null) {
            problems.put("kind", "Choisissez le type d'événement.");
        }
        String title = Text.trimToNull(details.title());
        if (title == null) {
            problems.put("title", "Indiquez le titre de l'événement.");
        } else if (title.length() > 200) {
            problems.put("title", "Le titre tient en 200 caractères.");
        }
        if (details.startsAt() == null) {
            problems.put("startsAt", "Indiquez le début de l'événement.");
        }
        if (details.endsAt() == null) {
            problems.put("endsAt", "Indiquez la fin de l'événement.");
        } else if (details.startsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
            problems.put("endsAt", "La fin de l'événement suit son début.");
        }
        String place = Text.trimToNull(details.place());
        if (place == null && !details.online()) {
            problems.put("place", "Indiquez le lieu de l'événement, ou qu'il a lieu en ligne.");
        }
        if (details.capacity() < 1 || details.capacity() > 2000) {
            problems.put("capacity", "La capacité est comprise entre 1 et 2000 places.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        this.kind = details.kind();
        this.title = title;
        this.theme = Text.trimToNull(details.theme());
        this.description = Text.trimToNull(details.description());
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = place;
        this.online = details.online();
        this.capacity = details.capacity();
        this.charter = Text.trimToNull(details.charter());
        this.confidentialityRule = Text.trimToNull(details.confidentialityRule());
        this.speakers = Text.trimToNull(details.speakers());
        this.updatedAt = now;
    }

    void cancel(String reason, Instant now) {
        this.cancelledAt = now;
        this.cancellationReason = Text.trimToNull(reason);
        this.updatedAt = now;
    }

    /** Marks a change of what belongs to the event (its attendance), so that a concurrent form is refused. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    EventRules.State state(int taken) {
        return new EventRules.State(cancelledAt != null, startsAt, endsAt, capacity, taken, hasCharter());
    }

    boolean hasCharter() {
        return charter != null || confidentialityRule != null;
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    SupportEventKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String theme() {
        return theme;
    }

    String description() {
        return description;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    String place() {
        return place;
    }

    boolean online() {
        return online;
    }

    int capacity() {
        return capacity;
    }

    String charter() {
        return charter;
    }

    String confidentialityRule() {
        return confidentialityRule;
    }

    String speakers() {
        return speakers;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String cancellationReason() {
        return cancellationReason;
    }

    boolean cancelled() {
        return cancelledAt != null;
    }

    long version() {
        return version;
    }
}
