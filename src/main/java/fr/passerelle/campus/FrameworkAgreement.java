package fr.passerelle.campus;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The framework agreement (« convention cadre ») of a campus between the Conseil régional and the rectorat(s): its
 * terms, its signatories with their initial financial commitments, and its signed file, kept in PostgreSQL. One per
 * campus; changed as a whole, under optimistic locking.
 */
@Entity
@Table(name = "framework_agreement")
class FrameworkAgreement {

    @Id
    private UUID id;
    private UUID campusId;
    private String title;
    private LocalDate signedOn;
    private LocalDate effectiveFrom;
    private LocalDate effectiveUntil;
    @ElementCollection
    @CollectionTable(name = "framework_agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<AgreementSignatory> signatories = new ArrayList<>();
    private String fileName;
    private String contentType;
    private Long fileSize;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_data")
    private byte[] fileData;
    private Instant updatedAt;
    @Version
    private long version;

    protected FrameworkAgreement() {
    }

    /** Records the agreement of a campus; {@code terms} were checked ({@link FrameworkAgreementTerms#check()}). */
    static FrameworkAgreement record(UUID campusId, FrameworkAgreementTerms terms, Instant now) {
        var agreement = new FrameworkAgreement();
        agreement.id = UUID.randomUUID();
        agreement.campusId = campusId;
        agreement.amend(terms, now);
        return agreement;
    }

    /** Replaces the terms and the signatories; the signed file stays. */
    void amend(FrameworkAgreementTerms terms, Instant now) {
        title = terms.title();
        signedOn = terms.signedOn();
        effectiveFrom = terms.effectiveFrom();
        effectiveUntil = terms.effectiveUntil();
        signatories.clear();
        terms.signatories().forEach(s -> signatories.add(AgreementSignatory.of(s)));
        updatedAt = now;
    }

    /** Attaches the signed file, replacing the one kept before. */
    void attach(String name, String type, byte[] content, Instant now) {
        fileName = name;
        contentType = type;
        fileSize = (long) content.length;
        fileData = content;
        updatedAt = now;
    }

    FrameworkAgreementTerms terms() {
        return new FrameworkAgreementTerms(title, signedOn, effectiveFrom, effectiveUntil,
                signatories.stream().map(AgreementSignatory::terms).toList());
    }

    UUID campusId() {
        return campusId;
    }

    String fileName() {
        return fileName;
    }

    Long fileSize() {
        return fileSize;
    }

    String contentType() {
        return contentType;
    }

    byte[] fileData() {
        return fileData;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
