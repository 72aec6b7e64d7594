package fr.passerelle.campus;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The legal structure carrying a campus: its legal form and the organisation of the directory that is that structure. */
@Entity
@Table(name = "carrying_structure")
class CarryingStructure {

    @Id
    private UUID id;
    private UUID campusId;
    @Enumerated(EnumType.STRING)
    private LegalForm legalForm;
    private String legalFormDetail;
    private UUID organisationId;
    private Instant updatedAt;
    @Version
    private long version;

    protected CarryingStructure() {
    }

    static CarryingStructure declare(UUID campusId, CarryingStructureDetails details, Instant now) {
        var structure = new CarryingStructure();
        structure.id = UUID.randomUUID();
        structure.campusId = campusId;
        structure.change(details, now);
        return structure;
    }

    void change(CarryingStructureDetails details, Instant now) {
        legalForm = details.legalForm();
        legalFormDetail = details.legalFormDetail();
        organisationId = details.organisationId();
        updatedAt = now;
    }

    CarryingStructureDetails details() {
        return new CarryingStructureDetails(legalForm, legalFormDetail, organisationId);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
