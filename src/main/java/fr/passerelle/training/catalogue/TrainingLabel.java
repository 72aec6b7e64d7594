package fr.passerelle.training.catalogue;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cluster's label on a training of the catalogue: new or being restructured, with its date and status. */
@Entity
@Table(name = "catalogue_training_label")
class TrainingLabel {

    @Id
    private UUID id;
    @Column(name = "training_id")
    private UUID trainingId;
    @Column(name = "cluster_id")
    private UUID clusterId;
    @Enumerated(EnumType.STRING)
    private LabelNature nature;
    @Enumerated(EnumType.STRING)
    private LabelStatus status;
    @Column(name = "labelled_on")
    private LocalDate labelledOn;
    private String note;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected TrainingLabel() {
    }

    /** A cluster labels a training; the date cannot lie in the future. */
    static TrainingLabel grant(UUID trainingId, UUID clusterId, LabelDetails details, LocalDate today, Instant now) {
        check(details, today);
        TrainingLabel label = new TrainingLabel();
        label.id = UUID.randomUUID();
        label.trainingId = trainingId;
        label.clusterId = clusterId;
        label.nature = details.nature();
        label.status = details.status();
        label.labelledOn = details.labelledOn();
        label.note = details.note();
        label.createdAt = now;
        label.updatedAt = now;
        return label;
    }

    /** The cluster changes its label (status, date, nature, note); refused when someone saved it since {@code expectedVersion}. */
    void change(long expectedVersion, LabelDetails details, LocalDate today, Instant now) {
        if (version != expectedVersion) {
            throw new ConcurrentEditException("Ce label a été modifié par quelqu'un d'autre pendant votre saisie. Rechargez la page pour voir la version actuelle.");
        }
        check(details, today);
        nature = details.nature();
        status = details.status();
        labelledOn = details.labelledOn();
        note = details.note();
        updatedAt = now;
    }

    private static void check(LabelDetails details, LocalDate today) {
        if (details.labelledOn() == null) {
            throw new BusinessRuleException("labelledOn", "Indiquez la date du label.");
        }
        if (details.labelledOn().isAfter(today)) {
            throw new BusinessRuleException("labelledOn", "La date du label ne peut être postérieure à aujourd’hui.");
        }
    }

    LabelDetails details() {
        return new LabelDetails(nature, status, labelledOn, note);
    }

    UUID id() {
        return id;
    }

    UUID trainingId() {
        return trainingId;
    }

    UUID clusterId() {
        return clusterId;
    }

    long version() {
        return version;
    }
}
