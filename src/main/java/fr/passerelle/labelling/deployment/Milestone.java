package fr.passerelle.labelling.deployment;

import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated milestone of a project's support calendar: a study, a meeting with the partners, a support letter (with who
 * signs it), a passage before the Crefop or the CAEN, the submission. It is planned on a day and done on another;
 * a day of completion cannot be to come. A support letter names its signatory.
 */
@Entity
@Table(name = "deployment_milestone")
class Milestone {

    static final String CONFLICT = "Ce jalon a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page ; "
            + "ce que vous avez saisi n’a pas été enregistré.";

    @Id
    private UUID id;
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private SupportStep kind;
    private LocalDate plannedOn;
    private LocalDate doneOn;
    private String signatory;
    private String note;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Milestone() {
    }

    static Milestone plan(UUID projectId, SupportMilestone details, LocalDate today, Instant now) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = projectId;
        milestone.createdAt = now;
        milestone.apply(details, today, now);
        return milestone;
    }

    void revise(long expectedVersion, SupportMilestone details, LocalDate today, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException(CONFLICT);
        }
        apply(details, today, now);
    }

    private void apply(SupportMilestone details, LocalDate today, Instant now) {
        if (details.step() == null) {
            throw new BusinessRuleException("kind", "Choisissez l’étape du calendrier.");
        }
        if (details.plannedOn() == null) {
            throw new BusinessRuleException("plannedOn", "Indiquez la date prévue.");
        }
        if (details.doneOn() != null && details.doneOn().isAfter(today)) {
            throw new BusinessRuleException("doneOn", "La date de réalisation ne peut pas être à venir.");
        }
        String typedSignatory = Text.trimToNull(details.signatory());
        if (details.step() == SupportStep.SUPPORT_LETTER && typedSignatory == null) {
            throw new BusinessRuleException("signatory", "Indiquez qui signe la lettre d’accompagnement.");
        }
        if (Text.longerThan(typedSignatory, 255)) {
            throw new BusinessRuleException("signatory", Text.tooLong("Le signataire", typedSignatory, 255));
        }
        String typedNote = Text.trimToNull(details.note());
        if (Text.longerThan(typedNote, 2000)) {
            throw new BusinessRuleException("note", Text.tooLong("La note", typedNote, 2000));
        }
        kind = details.step();
        plannedOn = details.plannedOn();
        doneOn = details.doneOn();
        signatory = details.step() == SupportStep.SUPPORT_LETTER ? typedSignatory : null;
        note = typedNote;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID projectId() {
        return projectId;
    }

    SupportStep kind() {
        return kind;
    }

    LocalDate plannedOn() {
        return plannedOn;
    }

    LocalDate doneOn() {
        return doneOn;
    }

    String signatory() {
        return signatory;
    }

    String note() {
        return note;
    }

    long version() {
        return version;
    }
}
