package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A campus project prepared in a région's deployment plan: an existing dossier of the labelling module
 * ({@code applicationId}, whose name, sector and académies it carries) or a project entered in the plan; its lead
 * establishment, its commune (for the map) and the call year it is expected for.
 */
@Entity
@Table(name = "deployment_project")
class DeploymentProject {

    static final String CONFLICT = "Ce projet a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page ; "
            + "ce que vous avez saisi n’a pas été enregistré.";
    /** A project is prepared for a call of the plan's year or of the few years after it. */
    static final int YEARS_AHEAD = 4;

    @Id
    private UUID id;
    private UUID planId;
    private UUID applicationId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @ElementCollection
    @CollectionTable(name = "deployment_project_academy", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "academy_code")
    private Set<String> academyCodes = new LinkedHashSet<>();
    private UUID leadOrganisationId;
    private String municipalityCode;
    private int expectedCallYear;
    private String comment;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected DeploymentProject() {
    }

    /** What a project is, once the service has resolved a linked dossier and checked the territory. */
    record Facts(UUID applicationId, String name, Sector sector, List<String> academyCodes, UUID leadOrganisationId, String municipalityCode,
                 Integer expectedCallYear, String comment) {
    }

    static DeploymentProject enter(UUID planId, int planYear, Facts facts, Instant now) {
        DeploymentProject project = new DeploymentProject();
        project.id = UUID.randomUUID();
        project.planId = planId;
        project.createdAt = now;
        project.apply(planYear, facts, now);
        return project;
    }

    void revise(long expectedVersion, int planYear, Facts facts, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException(CONFLICT);
        }
        apply(planYear, facts, now);
    }

    private void apply(int planYear, Facts facts, Instant now) {
        String typedName = facts.name() == null ? "" : facts.name().strip();
        if (typedName.isEmpty()) {
            throw new BusinessRuleException("name", "Donnez le nom du projet, ou choisissez un dossier de la région.");
        }
        if (Text.longerThan(typedName, 255)) {
            throw new BusinessRuleException("name", Text.tooLong("Le nom du projet", typedName, 255));
        }
        if (facts.sector() == null) {
            throw new BusinessRuleException("sector", "Choisissez la filière du projet.");
        }
        if (facts.academyCodes() == null || facts.academyCodes().isEmpty()) {
            throw new BusinessRuleException("academyCodes", "Cochez au moins une académie du projet.");
        }
        if (facts.expectedCallYear() == null) {
            throw new BusinessRuleException("expectedCallYear", "Indiquez l’année de l’appel à projets visé.");
        }
        if (facts.expectedCallYear() < planYear || facts.expectedCallYear() > planYear + YEARS_AHEAD) {
            throw new BusinessRuleException("expectedCallYear", "L’appel visé est celui de " + planYear + " ou d’une des " + YEARS_AHEAD
                    + " années suivantes (jusqu’à " + (planYear + YEARS_AHEAD) + ").");
        }
        String typedComment = Text.trimToNull(facts.comment());
        if (Text.longerThan(typedComment, 2000)) {
            throw new BusinessRuleException("comment", Text.tooLong("Le commentaire", typedComment, 2000));
        }
        applicationId = facts.applicationId();
        name = typedName;
        sector = facts.sector();
        academyCodes.clear();
        academyCodes.addAll(facts.academyCodes());
        leadOrganisationId = facts.leadOrganisationId();
        municipalityCode = Text.trimToNull(facts.municipalityCode());
        expectedCallYear = facts.expectedCallYear();
        comment = typedComment;
        updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID planId() {
        return planId;
    }

    UUID applicationId() {
        return applicationId;
    }

    String name() {
        return name;
    }

    Sector sector() {
        return sector;
    }

    Set<String> academyCodes() {
        return Set.copyOf(academyCodes);
    }

    UUID leadOrganisationId() {
        return leadOrganisationId;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    int expectedCallYear() {
        return expectedCallYear;
    }

    String comment() {
        return comment;
    }

    long version() {
        return version;
    }
}
