package fr.passerelle.directory;

import fr.passerelle.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;
    private String name;
    private String acronym;
    private String uai;
    private String siret;
    private String addressLine;
    private String postalCode;
    private String municipalityCode;
    private String website;
    private String email;
    private String phone;
    @Column(columnDefinition = "text")
    private String description;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Organisation() {
    }

    static Organisation register(OrganisationDetails details, Instant now) {
        var organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = now;
        organisation.apply(details, now);
        return organisation;
    }

    void apply(OrganisationDetails details, Instant now) {
        this.kind = details.kind();
        this.name = details.name().strip();
        this.acronym = Text.trimToNull(details.acronym());
        this.uai = Text.trimToNull(Identifiers.normalise(details.uai()));
        this.siret = Text.trimToNull(Identifiers.normalise(details.siret()));
        this.addressLine = Text.trimToNull(details.addressLine());
        this.postalCode = Text.trimToNull(details.postalCode());
        this.municipalityCode = Text.trimToNull(details.municipalityCode());
        this.website = Text.trimToNull(details.website());
        this.email = Text.trimToNull(details.email());
        this.phone = Text.trimToNull(details.phone());
        this.description = Text.trimToNull(details.description());
        this.updatedAt = now;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, kind, name, acronym, uai, siret, municipalityCode, website);
    }

    OrganisationDetails details() {
        return new OrganisationDetails(kind, name, acronym, uai, siret, addressLine, postalCode, municipalityCode, website,
                email, phone, description);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

}
