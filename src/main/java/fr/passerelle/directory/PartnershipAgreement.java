package fr.passerelle.directory;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A signed partnership agreement between a campus and one of its partners, with its file. */
@Entity
@Table(name = "partnership_agreement")
class PartnershipAgreement {

    @Id
    private UUID id;
    private UUID campusId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    private String title;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private String signatories;
    private String fileName;
    private String contentType;
    private long fileSize;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_data")
    private byte[] fileData;
    private Instant createdAt;

    protected PartnershipAgreement() {
    }

    static PartnershipAgreement sign(UUID campusId, Organisation organisation, AgreementDetails details, StoredFile file, Instant now) {
        var agreement = new PartnershipAgreement();
        agreement.id = UUID.randomUUID();
        agreement.campusId = campusId;
        agreement.organisation = organisation;
        agreement.title = details.title().strip();
        agreement.signedOn = details.signedOn();
        agreement.validFrom = details.validFrom();
        agreement.validUntil = details.validUntil();
        agreement.signatories = details.signatories();
        agreement.fileName = file.name();
        agreement.contentType = file.contentType();
        agreement.fileSize = file.content().length;
        agreement.fileData = file.content();
        agreement.createdAt = now;
        return agreement;
    }

    Agreement summary() {
        return new Agreement(id, campusId, organisation.summary().name(), title, signedOn, validFrom, validUntil, signatories, fileName, fileSize);
    }

    StoredFile file() {
        return new StoredFile(fileName, contentType, fileData);
    }

    UUID campusId() {
        return campusId;
    }
}
