package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.territory.Territories;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The promoters' side of a dossier until it is submitted: opening it for a call, writing each criterion (with the
 * autosave's conflict check) and joining the documents the call asks for. The acts of the review chain are in
 * {@link Applications}.
 */
@Service
public class ApplicationDrafts {

    static final long MAX_ATTACHMENT_SIZE = 15L * 1024 * 1024;
    private static final String AUDITED = Applications.AUDITED;
    private static final String NOT_A_PROMOTER = "Seuls les porteurs du territoire (référent académique, coordination régionale, "
            + "direction du campus) ouvrent un dossier.";

    private final ApplicationRepository repository;
    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final Calls calls;
    private final CampusRegistry registry;
    private final Territories territories;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationDrafts(ApplicationRepository repository, ApplicationQueries queries, ApplicationRecords records, Calls calls,
                      CampusRegistry registry, Territories territories, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.records = records;
        this.calls = calls;
        this.registry = registry;
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the promoters give to open a dossier: an existing campus (whose sectors and académies the dossier copies), or
     * the project of a new one, with its main sector and académie and, for a project of several sectors or common to
     * several académies of one région, the others.
     */
    public record NewApplication(UUID callId, UUID campusId, String projectName, Sector sector, String academyCode, LabelCategory category,
                                 List<Sector> otherSectors, List<String> otherAcademyCodes) {

        public NewApplication {
            otherSectors = otherSectors == null ? List.of() : List.copyOf(otherSectors);
            otherAcademyCodes = otherAcademyCodes == null ? List.of() : List.copyOf(otherAcademyCodes);
        }

        /** A campus, or a project of one sector and one académie. */
        public NewApplication(UUID callId, UUID campusId, String projectName, Sector sector, String academyCode, LabelCategory category) {
            this(callId, campusId, projectName, sector, academyCode, category, List.of(), List.of());
        }
    }

    /**
     * A project common to several académies (« campus interacadémique ») covers académies of the région of its main one:
     * Lille and Amiens, both in Hauts-de-France, but not Lille and Rouen.
     */
    private void checkOtherAcademies(List<String> otherAcademyCodes, String regionCode) {
        for (String code : otherAcademyCodes) {
            var academy = territories.academy(code).orElseThrow(() -> new BusinessRuleException("otherAcademyCodes",
                    "Aucune académie n'a le code « " + code + " » : choisissez les autres académies dans la liste."));
            if (!academy.regionCode().equals(regionCode)) {
                throw new BusinessRuleException("otherAcademyCodes", "L'académie de " + academy.name() + " n'est pas dans la région "
                        + territories.regionName(regionCode) + " : un campus commun à plusieurs académies les réunit dans une seule région.");
            }
        }
    }

    @Transactional
    public ApplicationView create(Actor actor, NewApplication request) {
        CallView call = calls.byId(request.callId()).orElseThrow(() -> new BusinessRuleException("callId", "Choisissez un appel à projets publié."));
        Application.Origin origin;
        if (request.campusId() != null) {
            CampusCard campus = registry.byId(request.campusId()).orElseThrow(() -> new BusinessRuleException("campusId", "Choisissez un campus."));
            // Outside their territory, a promoter is refused before anything tells whether the campus has a dossier.
            if (!ApplicationPermissions.coversTerritory(actor, campus.regionCode(), campus.academyCodes(), campus.id())) {
                throw new AccessDeniedException(NOT_A_PROMOTER);
            }
            origin = new Application.Origin(campus.id(), campus.labelStatus() == LabelStatus.LABELLED || campus.labelStatus() == LabelStatus.EXPIRED
                    ? ApplicationView.Kind.RENEWAL : ApplicationView.Kind.EXISTING_CAMPUS, request.category(), campus.name(), campus.sector(),
                    campus.regionCode(), campus.academyCode(), records.lastGranted(campus.id()).orElse(null), campus.otherSectors(),
                    campus.otherAcademyCodes());
        } else {
            Application.Origin.checkProject(request.projectName(), request.sector());
            String region = Optional.ofNullable(request.academyCode()).flatMap(territories::academy).map(a -> a.regionCode())
                    .orElseThrow(() -> new BusinessRuleException("academyCode", "Choisissez l'académie du projet."));
            checkOtherAcademies(request.otherAcademyCodes(), region);
            origin = new Application.Origin(null, ApplicationView.Kind.NEW_CAMPUS, request.category(), request.projectName().strip(), request.sector(),
                    region, request.academyCode(), null, request.otherSectors(), request.otherAcademyCodes());
        }
        Application application = Application.open(call.id(), Application.CallTerms.of(call), origin, actor.displayName(), clock);
        if (origin.campusId() != null && records.hasApplication(origin.campusId(), call.id())) {
            throw new BusinessRuleException("campusId", "Ce campus a déjà un dossier pour cet appel.");
        }
        if (!ApplicationPermissions.coversTerritory(actor, origin.regionCode(), origin.academyCodes(), origin.campusId())) {
            throw new AccessDeniedException(NOT_A_PROMOTER);
        }
        UUID id = repository.saveAndFlush(application).id();
        records.step(id, ApplicationStatus.DRAFT, actor.displayName(), null);
        if (origin.previousId() != null) {
            records.copySections(origin.previousId(), id, actor.displayName());
        }
        List<AuditTrail.Change> changes = new java.util.ArrayList<>(List.of(new AuditTrail.Change("Dossier", null,
                origin.kind().label() + " — " + origin.projectName() + ", catégorie " + origin.category().label() + ", " + call.title())));
        if (!origin.otherSectors().isEmpty()) {
            changes.add(new AuditTrail.Change("Autres filières", null,
                    String.join(" ; ", origin.otherSectors().stream().map(Sector::label).toList())));
        }
        if (!origin.otherAcademyCodes().isEmpty()) {
            changes.add(new AuditTrail.Change("Autres académies", null,
                    String.join(" ; ", origin.otherAcademyCodes().stream().map(territories::academyName).toList())));
        }
        audit.record(AUDITED, id, "DOSSIER_OUVERT", "Dossier ouvert : " + origin.projectName(), changes);
        return queries.byId(id).orElseThrow();
    }

    /**
     * Saves the text of one criterion if nobody saved it since {@code expectedRevision}; returns the new revision.
     * Used by the form and by the autosave of drafts.
     */
    @Transactional
    public int saveSection(Actor actor, UUID id, Criterion criterion, int expectedRevision, String text) {
        ApplicationView dossier = writable(actor, id);
        if (!dossier.criteria().contains(criterion)) {
            throw new BusinessRuleException("criterion", "Ce critère ne s'applique pas à la catégorie " + dossier.category().label() + ".");
        }
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > 20_000) {
            throw new BusinessRuleException("text", "Le texte fait " + clean.length() + " caractères : 20 000 au plus.");
        }
        ApplicationParts.Section before = queries.section(id, criterion);
        if (before.revision() != expectedRevision) {
            throw new BusinessRuleException("text", "Ce critère a été modifié par " + before.updatedBy() + " pendant votre saisie : "
                    + "rechargez-le ; votre texte est conservé ci-dessous pour que vous le repreniez.");
        }
        if (Objects.equals(before.text(), clean)) {
            return before.revision();
        }
        int revision = expectedRevision + 1;
        records.saveSection(id, criterion, clean, revision, actor.displayName());
        if (expectedRevision == 0 || revision % 20 == 0) {
            // Autosave writes often: the history keeps the first draft and one save in twenty; every submitted version is kept whole.
            audit.record(AUDITED, id, "CRITERE_REDIGE", criterion.number() + " rédigé", List.of(new AuditTrail.Change(criterion.number(),
                    abbreviate(before.text()), abbreviate(clean))));
        }
        return revision;
    }

    @Transactional
    public ApplicationParts.Attachment attach(Actor actor, UUID id, UUID requiredDocumentId, String fileName, byte[] content) {
        ApplicationView dossier = writable(actor, id);
        if (requiredDocumentId != null && calls.require(dossier.callId()).documents().stream().noneMatch(d -> d.id().equals(requiredDocumentId))) {
            throw new BusinessRuleException("requiredDocumentId", "Choisissez une pièce demandée par l'appel.");
        }
        UploadedFile file = checked(fileName, content, UploadedFile.DOCUMENTS);
        UUID attachmentId = records.attach(id, requiredDocumentId, file, actor.displayName());
        audit.record(AUDITED, id, "PIECE_JOINTE", "Pièce jointe : " + file.name(),
                List.of(new AuditTrail.Change("Pièce", null, file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return queries.attachments(id).stream().filter(a -> a.id().equals(attachmentId)).findFirst().orElseThrow();
    }

    @Transactional
    public void removeAttachment(Actor actor, UUID id, UUID attachmentId) {
        writable(actor, id);
        String name = records.removeAttachment(id, attachmentId).orElseThrow(() -> new BusinessRuleException(null, "Cette pièce n'est plus jointe au dossier."));
        audit.record(AUDITED, id, "PIECE_RETIREE", "Pièce retirée : " + name, List.of(new AuditTrail.Change("Pièce", name, null)));
    }

    /**
     * Records the dossier's operational direction — the director named, or the commitment to recruit one — if nobody
     * saved it since {@code expectedRevision}; returns the new revision.
     */
    @Transactional
    public int saveDirection(Actor actor, UUID id, int expectedRevision, OperationalDirection typed) {
        writable(actor, id);
        OperationalDirection direction = (typed == null ? new OperationalDirection(null, null, null, null, null, null, null, null) : typed).check();
        ApplicationParts.Direction before = currentDirection(id, expectedRevision);
        if (direction.equals(before.details())) {
            return before.revision();
        }
        int revision = expectedRevision + 1;
        records.saveDirection(id, direction, revision, actor.displayName());
        audit.record(AUDITED, id, "DIRECTION_OPERATIONNELLE", "Direction opérationnelle : " + direction.kind().label(),
                List.of(new AuditTrail.Change("Direction opérationnelle", describe(before.details()), describe(direction))));
        return revision;
    }

    /**
     * Joins the mission letter of the named director, signed by the recteur d'académie (PDF or scanned image, 15 MB at
     * most), if nobody changed the direction since {@code expectedRevision}; returns the new revision.
     */
    @Transactional
    public int attachMissionLetter(Actor actor, UUID id, int expectedRevision, String fileName, byte[] content) {
        writable(actor, id);
        ApplicationParts.Direction before = currentDirection(id, expectedRevision);
        if (!before.recorded() || !before.details().isNamed()) {
            throw new BusinessRuleException("fichier", "Nommez d'abord le directeur ou la directrice opérationnel·le : la lettre de mission est la sienne.");
        }
        UploadedFile file = checked(fileName, content, MISSION_LETTER_TYPES);
        UUID attachmentId = records.attach(id, null, file, actor.displayName());
        if (before.missionLetterId() != null) {
            records.removeAttachment(id, before.missionLetterId());
        }
        int revision = expectedRevision + 1;
        records.missionLetter(id, attachmentId, revision, actor.displayName());
        audit.record(AUDITED, id, "LETTRE_DE_MISSION", "Lettre de mission jointe : " + file.name(),
                List.of(new AuditTrail.Change("Lettre de mission de " + before.details().name(), before.missionLetterName(),
                        file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return revision;
    }

    /** A signed letter: a PDF or a scan. */
    static final Set<UploadedFile.FileType> MISSION_LETTER_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.PNG, UploadedFile.FileType.JPEG);

    private ApplicationParts.Direction currentDirection(UUID id, int expectedRevision) {
        ApplicationParts.Direction before = queries.direction(id);
        if (before.revision() != expectedRevision) {
            throw new BusinessRuleException(null, "La direction opérationnelle a été modifiée par " + before.updatedBy() + " pendant votre saisie : "
                    + "rechargez la page ; ce que vous avez saisi n'a pas été enregistré.");
        }
        return before;
    }

    private static String describe(OperationalDirection direction) {
        if (direction == null) {
            return null;
        }
        return direction.isNamed()
                ? direction.name() + " (" + direction.employer() + "), " + direction.email() + (direction.phone() == null ? "" : ", " + direction.phone())
                        + ", en fonction le " + direction.startsOn()
                : "Engagement de " + direction.committedBy() + " à recruter la direction pour le " + direction.plannedOn();
    }

    /** The dossier, if the actor is one of its promoters and it may still be written. */
    ApplicationView writable(Actor actor, UUID id) {
        ApplicationView dossier = queries.readable(actor, id);
        if (!ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("Seuls les porteurs du dossier le rédigent.");
        }
        repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).checkWritable();
        return dossier;
    }

    static UploadedFile checked(String fileName, byte[] content, Set<UploadedFile.FileType> types) {
        try {
            return UploadedFile.check(fileName, content, MAX_ATTACHMENT_SIZE, types);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("fichier", e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() > 300 ? text.substring(0, 297) + "…" : text;
    }
}
