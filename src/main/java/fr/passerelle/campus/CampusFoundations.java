package fr.passerelle.campus;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campus stands on: the framework agreement between the Conseil régional and the rectorat(s), with its
 * signatories, their initial financial commitments and its signed file, and the legal structure that carries the
 * campus. Those who edit the campus change them ({@link CampusPermissions#canEdit}: the national administrator, the
 * regional coordinator of its région, its operational director); those who read its back office read them; the public
 * page shows a summary without the commitments or the file. Every change is audited on the campus.
 */
@Service
public class CampusFoundations {

    /** The signed agreement is a signed document: PDF only, as partnership agreements, within the platform's 15 Mo for documents. */
    static final long MAX_FILE_SIZE = 15L * 1024 * 1024;

    private final CampusRegistry registry;
    private final FrameworkAgreementRepository agreements;
    private final CarryingStructureRepository structures;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CampusFoundations(CampusRegistry registry, FrameworkAgreementRepository agreements, CarryingStructureRepository structures,
                      Directory directory, AuditTrail audit, Clock clock) {
        this.registry = registry;
        this.agreements = agreements;
        this.structures = structures;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The framework agreement as the back office shows it; the file itself is fetched apart. */
    public record AgreementView(FrameworkAgreementTerms terms, String fileName, Long fileSize, long version, Instant updatedAt) {

        public boolean hasFile() {
            return fileName != null;
        }

        public String displaySize() {
            return fileSize == null ? null : UploadedFile.displaySize(fileSize);
        }
    }

    /** The carrying structure as the back office shows it, with its organisation of the directory (null when none). */
    public record StructureView(CarryingStructureDetails details, OrganisationSummary organisation, long version, Instant updatedAt) {
    }

    /** Everything of the page, and whether the reader may change it. */
    public record Foundations(CampusCard campus, AgreementView agreement, StructureView structure, boolean editable) {
    }

    /** What the public page of a campus shows: no financial commitment, no file. */
    public record PublicSummary(String structureForm, String structureName, String agreementTitle, LocalDate agreementSignedOn,
                                List<String> signatories) {

        public boolean hasStructure() {
            return structureForm != null;
        }

        public boolean hasAgreement() {
            return agreementTitle != null;
        }
    }

    /** The signed file of the agreement. */
    public record AgreementFile(String name, String contentType, byte[] content) {
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** The agreement and the structure of a campus; refused to those who do not read its back office. */
    @Transactional(readOnly = true)
    public Foundations of(Actor actor, UUID campusId) {
        CampusCard campus = registry.requireReadable(actor, campusId);
        return new Foundations(campus, agreements.findByCampusId(campusId).map(CampusFoundations::view).orElse(null),
                structures.findByCampusId(campusId).map(this::view).orElse(null), registry.canEdit(actor, campusId));
    }

    @Transactional(readOnly = true)
    public Optional<AgreementFile> agreementFile(Actor actor, UUID campusId) {
        registry.requireReadable(actor, campusId);
        return agreements.findByCampusId(campusId).filter(a -> a.fileName() != null)
                .map(a -> new AgreementFile(a.fileName(), a.contentType(), a.fileData()));
    }

    /** The summary the public page shows; empty when neither the agreement nor the structure is recorded. */
    @Transactional(readOnly = true)
    public Optional<PublicSummary> publicSummary(UUID campusId) {
        var agreement = agreements.findByCampusId(campusId).map(FrameworkAgreement::terms).orElse(null);
        var structure = structures.findByCampusId(campusId).map(this::view).orElse(null);
        if (agreement == null && structure == null) {
            return Optional.empty();
        }
        return Optional.of(new PublicSummary(structure == null ? null : structure.details().legalFormName(),
                structure == null || structure.organisation() == null ? null : structure.organisation().displayName(),
                agreement == null ? null : agreement.title(), agreement == null ? null : agreement.signedOn(),
                agreement == null ? List.of() : agreement.signatories().stream().map(FrameworkAgreementTerms.Signatory::displayName).toList()));
    }

    // --- changing --------------------------------------------------------------------------------------------------

    /**
     * Records or amends the framework agreement of a campus, and attaches its signed file when one is sent (the file
     * kept before stays otherwise). {@code expectedVersion} is the version the form was opened on, null when the
     * campus had no agreement then: when someone saved it since, nothing is written.
     */
    @Transactional
    public AgreementView recordAgreement(Actor actor, UUID campusId, Long expectedVersion, FrameworkAgreementTerms terms,
                                         String fileName, byte[] fileContent) {
        registry.requireEditable(actor, campusId);
        Optional<FrameworkAgreement> existing = agreements.findByCampusId(campusId);
        requireVersion(existing.map(FrameworkAgreement::version), expectedVersion, existing.map(FrameworkAgreement::updatedAt));
        FrameworkAgreementTerms checked = terms.check();
        UploadedFile file = fileContent == null || fileContent.length == 0 && (fileName == null || fileName.isBlank()) ? null : pdf(fileName, fileContent);
        Instant now = Instant.now(clock);
        FrameworkAgreementTerms before = existing.map(FrameworkAgreement::terms).orElse(null);
        String fileBefore = existing.map(FrameworkAgreement::fileName).orElse(null);
        FrameworkAgreement agreement = existing.orElseGet(() -> FrameworkAgreement.record(campusId, checked, now));
        if (existing.isPresent()) {
            agreement.amend(checked, now);
        }
        if (file != null) {
            agreement.attach(file.name(), file.contentType(), file.content(), now);
        }
        var diff = describe(before, checked).field("Convention signée (fichier)", fileBefore,
                file == null ? fileBefore : file.name() + " (" + UploadedFile.displaySize(file.size()) + ")");
        if (existing.isEmpty()) {
            agreements.save(agreement);
        }
        if (!diff.isEmpty()) {
            audit.record(CampusRegistry.AUDITED, campusId, existing.isEmpty() ? "CONVENTION_CADRE_ENREGISTREE" : "CONVENTION_CADRE_MODIFIEE",
                    existing.isEmpty() ? "Convention cadre enregistrée" : "Convention cadre modifiée", diff.changes());
        }
        flush(agreements::flush);
        return view(agreement);
    }

    /** Declares or changes the structure carrying a campus, under the same optimistic locking as the agreement. */
    @Transactional
    public StructureView declareStructure(Actor actor, UUID campusId, Long expectedVersion, CarryingStructureDetails details) {
        registry.requireEditable(actor, campusId);
        Optional<CarryingStructure> existing = structures.findByCampusId(campusId);
        requireVersion(existing.map(CarryingStructure::version), expectedVersion, existing.map(CarryingStructure::updatedAt));
        CarryingStructureDetails checked = details.check();
        if (checked.organisationId() != null && directory.organisation(checked.organisationId()).isEmpty()) {
            throw new BusinessRuleException("organisationId", "Choisissez l’organisation dans l’annuaire.");
        }
        Instant now = Instant.now(clock);
        CarryingStructureDetails before = existing.map(CarryingStructure::details).orElse(null);
        CarryingStructure structure = existing.orElseGet(() -> structures.save(CarryingStructure.declare(campusId, checked, now)));
        if (existing.isPresent()) {
            structure.change(checked, now);
        }
        var diff = new AuditTrail.Diff()
                .field("Forme juridique de la structure porteuse", before == null ? null : before.legalFormName(), checked.legalFormName())
                .field("Structure porteuse", before == null ? null : organisationName(before.organisationId()), organisationName(checked.organisationId()));
        if (!diff.isEmpty()) {
            audit.record(CampusRegistry.AUDITED, campusId, existing.isEmpty() ? "STRUCTURE_PORTEUSE_DECLAREE" : "STRUCTURE_PORTEUSE_MODIFIEE",
                    existing.isEmpty() ? "Structure porteuse déclarée" : "Structure porteuse modifiée", diff.changes());
        }
        flush(structures::flush);
        return view(structure);
    }

    // --- rules and plumbing ----------------------------------------------------------------------------------------

    private static void requireVersion(Optional<Long> current, Long expected, Optional<Instant> savedAt) {
        boolean stale = current.isPresent() ? !current.get().equals(expected) : expected != null;
        if (stale) {
            throw new ConcurrentEditException("Quelqu’un d’autre a enregistré cette fiche pendant votre saisie"
                    + savedAt.map(at -> " (le " + Times.current().format(at, "d MMMM yyyy 'à' HH'h'mm") + ")").orElse("")
                    + ". Vos modifications n’ont pas été enregistrées : elles sont conservées ci-dessous ; vérifiez la version "
                    + "actuelle avant d’enregistrer à nouveau.");
        }
    }

    private static void flush(Runnable flush) {
        try {
            flush.run();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Quelqu’un d’autre vient d’enregistrer cette fiche : vos modifications n’ont pas été "
                    + "enregistrées. Vérifiez la version actuelle avant d’enregistrer à nouveau.");
        }
    }

    private static UploadedFile pdf(String name, byte[] content) {
        try {
            return UploadedFile.check(name, content, MAX_FILE_SIZE, Set.of(UploadedFile.FileType.PDF));
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("fichier", e.getMessage() + " Enregistrez la convention cadre signée au format PDF.");
        }
    }

    private static AuditTrail.Diff describe(FrameworkAgreementTerms before, FrameworkAgreementTerms after) {
        return new AuditTrail.Diff()
                .field("Intitulé de la convention cadre", before == null ? null : before.title(), after.title())
                .field("Convention cadre signée le", before == null ? null : date(before.signedOn()), date(after.signedOn()))
                .field("Convention cadre en vigueur du", before == null ? null : date(before.effectiveFrom()), date(after.effectiveFrom()))
                .field("Convention cadre en vigueur jusqu’au", before == null ? null : date(before.effectiveUntil()), date(after.effectiveUntil()))
                .field("Signataires et engagements financiers initiaux", before == null ? null : signatories(before), signatories(after));
    }

    private static String signatories(FrameworkAgreementTerms terms) {
        return terms.signatories().stream().map(FrameworkAgreementTerms.Signatory::describe).collect(Collectors.joining(" ; "));
    }

    private static String date(LocalDate date) {
        return date == null ? null : Times.current().date(date);
    }

    private String organisationName(UUID organisationId) {
        return organisationId == null ? null : directory.organisation(organisationId).map(OrganisationSummary::displayName).orElse(null);
    }

    private static AgreementView view(FrameworkAgreement agreement) {
        return new AgreementView(agreement.terms(), agreement.fileName(), agreement.fileSize(), agreement.version(), agreement.updatedAt());
    }

    private StructureView view(CarryingStructure structure) {
        var details = structure.details();
        return new StructureView(details, details.organisationId() == null ? null : directory.organisation(details.organisationId()).orElse(null),
                structure.version(), structure.updatedAt());
    }
}
