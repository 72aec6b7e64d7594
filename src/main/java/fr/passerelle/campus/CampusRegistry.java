package fr.passerelle.campus;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.Partner;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Territories;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's API: reading campuses, and creating and editing them within the actor's scope, audited. */
@Service
public class CampusRegistry {

    static final String AUDITED = "campus";
    static final int HISTORY_PAGE_SIZE = 50;
    private static final String LABEL_CHANGED_MEANWHILE = "Ce campus vient d'être modifié par quelqu'un d'autre : la correction "
            + "n'a pas été enregistrée. Vérifiez le label actuel ci-dessus et enregistrez à nouveau.";
    private static final String NAME_PREFIX = "^campus des metiers et (des )?qualifications?( d'excellence)?\\s*[-:–]?\\s*";

    private final CampusRepository campuses;
    private final Territories territories;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CampusRegistry(CampusRepository campuses, Territories territories, Directory directory, AuditTrail audit, Clock clock) {
        this.campuses = campuses;
        this.territories = territories;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CampusCard> all() {
        return campuses.findAllByName().stream().map(this::card).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return campuses.count();
    }

    @Transactional(readOnly = true)
    public Optional<CampusCard> bySlug(String slug) {
        return campuses.findBySlug(slug).map(this::card);
    }

    @Transactional(readOnly = true)
    public Optional<CampusCard> byId(UUID id) {
        return campuses.findById(id).map(this::card);
    }

    @Transactional(readOnly = true)
    Optional<CampusPage> page(String slug) {
        return campuses.findBySlug(slug).map(campus -> {
            var identity = campus.identity();
            List<Partner> partners = directory.partnersOf(campus.id());
            Map<OrganisationKind, List<Partner>> byKind = new EnumMap<>(OrganisationKind.class);
            partners.forEach(p -> byKind.computeIfAbsent(p.organisation().kind(), k -> new java.util.ArrayList<>()).add(p));
            OrganisationSummary support = identity.supportEstablishmentId() == null ? null
                    : directory.organisation(identity.supportEstablishmentId()).orElse(null);
            return new CampusPage(card(campus), identity.description(), identity.labelValidFrom(), support,
                    identity.directorName(), identity.directorEmail(), identity.directorPhone(), byKind,
                    (int) partners.stream().map(p -> p.organisation().id()).distinct().count(), howToReach(identity));
        });
    }

    /** The campus's own address, website and contact, completed by its support establishment's, and its académie. */
    private HowToReach howToReach(CampusIdentity identity) {
        OrganisationDetails support = identity.supportEstablishmentId() == null ? null
                : directory.details(identity.supportEstablishmentId()).orElse(null);
        String placeName = null;
        String addressLine = null;
        String town = town(identity.municipalityCode(), null, identity.municipalityName());
        if (support != null && (support.addressLine() != null || support.municipalityCode() != null)) {
            placeName = support.name();
            addressLine = support.addressLine();
            town = town(support.municipalityCode(), support.postalCode(), null);
        }
        String website = identity.website() != null ? identity.website() : support != null ? support.website() : null;
        String contactName = identity.directorName();
        String email = identity.directorEmail();
        String phone = identity.directorPhone();
        if (email == null && phone == null && support != null && (support.email() != null || support.phone() != null)) {
            contactName = support.name();
            email = support.email();
            phone = support.phone();
        }
        Academy academy = territories.academy(identity.academyCode()).orElse(null);
        return new HowToReach(placeName, addressLine, town, website, contactName, email, phone,
                academy != null ? academy.name() : identity.academyCode(), academy != null ? academy.website() : null);
    }

    /** "59000 Lille": the postcode given, else the commune's first; the commune's name, else the name given. */
    private String town(String municipalityCode, String postalCode, String fallbackName) {
        var commune = territories.municipality(municipalityCode);
        String name = commune.map(fr.passerelle.territory.Municipality::name).orElse(fallbackName);
        if (name == null) {
            return null;
        }
        String postcode = postalCode != null ? postalCode : commune.map(fr.passerelle.territory.Municipality::mainPostalCode).orElse(null);
        return postcode == null ? name : postcode + " " + name;
    }

    @Transactional(readOnly = true)
    KeyFigures keyFigures() {
        List<Campus> all = campuses.findAll();
        return new KeyFigures(all.size(),
                all.stream().filter(c -> c.identity().labelStatus() == LabelStatus.LABELLED).count(),
                all.stream().filter(c -> c.identity().category() == LabelCategory.EXCELLENCE).count(),
                all.stream().map(Campus::regionCode).distinct().count(),
                all.stream().flatMap(c -> c.identity().sectors().stream()).distinct().count(),
                directory.countPartners());
    }

    /** The campuses whose back office the actor may open, with whether they may edit each. */
    @Transactional(readOnly = true)
    List<ScopedCampus> inScopeOf(Actor actor) {
        Stream<Campus> visible = switch (actor.role()) {
            case NATIONAL_ADMIN -> campuses.findAllByName().stream();
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> campuses.findByRegionCodeOrderByName(actor.regionCode()).stream();
            case ACADEMY_REFERENT -> campuses.findByAcademyCodeOrderByName(actor.academyCode()).stream();
            case OPERATIONAL_DIRECTOR -> campuses.findById(actor.campusId()).stream();
            case LABOUR_CORRESPONDENT -> campuses.findByIds(actor.followedCampusIds()).stream();
            case PARTNER_MEMBER -> campuses.findByIds(campusesOfOrganisation(actor)).stream();
            default -> Stream.empty();
        };
        return visible.map(c -> new ScopedCampus(card(c), CampusPermissions.canEdit(actor, c.id(), c.regionCode()),
                CampusPermissions.canReadEverything(actor, c.id(), c.regionCode(), c.academyCodes()))).toList();
    }

    record ScopedCampus(CampusCard card, boolean editable, boolean historyReadable) {

        public CampusSections sections() {
            return CampusSections.of(card, editable, historyReadable);
        }
    }

    /** The sections of the campus's back office the actor may open; empty when the campus is unknown. */
    @Transactional(readOnly = true)
    Optional<CampusSections> sectionsFor(Actor actor, UUID id) {
        return campuses.findById(id).map(c -> CampusSections.of(card(c), CampusPermissions.canEdit(actor, id, c.regionCode()),
                CampusPermissions.canReadEverything(actor, id, c.regionCode(), c.academyCodes())));
    }

    /**
     * The first {@code limit} campuses (by name) whose back office the actor may open, and how many there are, with
     * what the actor may open of each: the same rules as the pages they link to ({@link CampusPermissions}).
     */
    @Transactional(readOnly = true)
    ScopedPage inScopeOf(Actor actor, int limit) {
        var page = PageRequest.of(0, limit, Sort.by("name"));
        org.springframework.data.domain.Page<Campus> found = switch (actor.role()) {
            case NATIONAL_ADMIN -> campuses.findAll(page);
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> campuses.findByRegionCode(actor.regionCode(), page);
            case ACADEMY_REFERENT -> campuses.findByAcademyCode(actor.academyCode(), page);
            case LABOUR_CORRESPONDENT -> actor.followedCampusIds().isEmpty() ? org.springframework.data.domain.Page.empty()
                    : campuses.findByIdIn(actor.followedCampusIds(), page);
            case OPERATIONAL_DIRECTOR -> actor.campusId() == null ? org.springframework.data.domain.Page.empty()
                    : campuses.findByIdIn(List.of(actor.campusId()), page);
            case PARTNER_MEMBER -> campusesOfOrganisation(actor).isEmpty() ? org.springframework.data.domain.Page.empty()
                    : campuses.findByIdIn(campusesOfOrganisation(actor), page);
            default -> org.springframework.data.domain.Page.empty();
        };
        return new ScopedPage(found.map(c -> new ScopedCampus(card(c), CampusPermissions.canEdit(actor, c.id(), c.regionCode()),
                CampusPermissions.canReadEverything(actor, c.id(), c.regionCode(), c.academyCodes()))).getContent(), found.getTotalElements());
    }

    record ScopedPage(List<ScopedCampus> campuses, long total) {
    }

    /**
     * The labels ending from today to {@code until} among the campuses whose everything the actor reads (the national
     * administrator, the regional coordinator of their région, the academic referent of their académie, the
     * operational director of their campus): the first {@code limit}, soonest first, and how many there are.
     */
    @Transactional(readOnly = true)
    public LabelsEnding labelsEnding(Actor actor, LocalDate until, int limit) {
        LocalDate today = LocalDate.now(clock);
        var page = PageRequest.of(0, limit, Sort.by("labelValidUntil", "name"));
        org.springframework.data.domain.Page<Campus> found = switch (actor.role()) {
            case NATIONAL_ADMIN -> campuses.findLabelsEnding(today, until, null, null, null, page);
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> actor.regionCode() == null ? org.springframework.data.domain.Page.empty()
                    : campuses.findLabelsEnding(today, until, actor.regionCode(), null, null, page);
            case ACADEMY_REFERENT -> actor.academyCode() == null ? org.springframework.data.domain.Page.empty()
                    : campuses.findLabelsEnding(today, until, null, actor.academyCode(), null, page);
            case OPERATIONAL_DIRECTOR -> actor.campusId() == null ? org.springframework.data.domain.Page.empty()
                    : campuses.findLabelsEnding(today, until, null, null, actor.campusId(), page);
            default -> org.springframework.data.domain.Page.empty();
        };
        return new LabelsEnding(found.map(this::card).getContent(), found.getTotalElements());
    }

    /** The first labels ending in a scope, soonest first, and how many end in it. */
    public record LabelsEnding(List<CampusCard> first, long total) {
    }

    /** The identity of a campus with its version, for the edit form; refused outside the actor's scope. */
    @Transactional(readOnly = true)
    Editable editable(Actor actor, UUID id) {
        Campus campus = find(id);
        requireEdit(actor, campus);
        return new Editable(card(campus), campus.identity(), campus.version());
    }

    record Editable(CampusCard card, CampusIdentity identity, long version) {
    }

    /** The campus as its label is, for the national administrator's correction form; refused to anyone else. */
    @Transactional(readOnly = true)
    Editable correctable(Actor actor, UUID id) {
        Editable editable = editable(actor, id);
        requireLabelCorrection(actor);
        return editable;
    }

    /** Refuses when the actor may create no campus at all. */
    void requireCreator(Actor actor) {
        if (!CampusPermissions.canCreateAny(actor)) {
            throw new AccessDeniedException("Seules la coordination régionale et l'administration nationale créent des campus.");
        }
    }

    /** Refuses when the actor may not edit the campus. */
    @Transactional(readOnly = true)
    public CampusCard requireEditable(Actor actor, UUID id) {
        Campus campus = find(id);
        requireEdit(actor, campus);
        return card(campus);
    }

    /**
     * A page of the campus's history, newest first, from the entry older than {@code before} (the newest when null).
     * Refused to those who may not read everything of the campus: the history tells of every item, whatever its
     * visibility (see {@link CampusPermissions#canReadEverything}).
     */
    @Transactional(readOnly = true)
    AuditTrail.Page history(Actor actor, UUID id, Long before) {
        Campus campus = find(id);
        if (!CampusPermissions.canReadEverything(actor, id, campus.regionCode(), campus.academyCodes())) {
            throw new AccessDeniedException("L'historique d'un campus est réservé à ceux qui en voient tout : sa direction "
                    + "opérationnelle, ses co-pilotes (coordination de région académique, Conseil régional), le référent académique, "
                    + "le ou la correspondant·e DREETS qui le suit et l'administration nationale.");
        }
        return audit.page(AUDITED, id, before, HISTORY_PAGE_SIZE);
    }

    /** Whether the actor may read everything of the campus, its history included (see {@link CampusPermissions#canReadEverything}). */
    @Transactional(readOnly = true)
    public boolean canReadEverything(Actor actor, UUID id) {
        return campuses.findById(id)
                .map(campus -> CampusPermissions.canReadEverything(actor, id, campus.regionCode(), campus.academyCodes()))
                .orElse(false);
    }

    /** Whether the actor may edit the campus and what hangs from it (partners, bodies, meetings). */
    @Transactional(readOnly = true)
    public boolean canEdit(Actor actor, UUID id) {
        Campus campus = find(id);
        return CampusPermissions.canEdit(actor, id, campus.regionCode());
    }

    /** Whether the actor runs the campus's life — bodies, meetings, budget, action plan, documents (see {@link CampusPermissions#canManage}). */
    @Transactional(readOnly = true)
    public boolean canManage(Actor actor, UUID id) {
        find(id);
        return CampusPermissions.canManage(actor, id);
    }

    /** Refuses when the actor may not run the campus's life. */
    @Transactional(readOnly = true)
    public CampusCard requireManageable(Actor actor, UUID id) {
        Campus campus = find(id);
        if (!CampusPermissions.canManage(actor, id)) {
            throw new AccessDeniedException(CampusPermissions.canEdit(actor, id, campus.regionCode())
                    ? "La vie du campus est tenue par sa direction opérationnelle : vous la consultez sans la modifier."
                    : "Ce campus n'est pas dans votre périmètre.");
        }
        return card(campus);
    }

    /** Refuses when the actor may not read the campus's back-office pages. */
    @Transactional(readOnly = true)
    public CampusCard requireReadable(Actor actor, UUID id) {
        Campus campus = find(id);
        if (!CampusPermissions.canRead(actor, id, campus.regionCode(), campus.academyCodes(), campusesOfOrganisation(actor))) {
            throw new AccessDeniedException("Ce campus n'est pas dans votre périmètre.");
        }
        return card(campus);
    }

    // --- changing ------------------------------------------------------------------------------------------------

    /**
     * Registers a campus without a label: a Standard applicant, whatever label {@code identity} carries. Only a
     * labelling decision ({@link #grantLabel}) labels it, or the national administrator's audited correction.
     */
    @Transactional
    public CampusCard create(Actor actor, CampusIdentity identity) {
        return register(actor, identity.asApplicant());
    }

    /**
     * Changes a campus's identity within the actor's scope. Its label stays what it is, whatever {@code identity}
     * carries: it changes through a labelling decision or the national administrator's correction only.
     */
    @Transactional
    public CampusCard update(Actor actor, UUID id, long expectedVersion, CampusIdentity identity) {
        Campus campus = find(id);
        return change(actor, campus, expectedVersion, identity.withLabelOf(campus.identity()));
    }

    /** A row of the registry import, label included: the import is the national administrator's, from an official list. */
    @Transactional
    CampusCard importRow(Actor actor, UUID existingId, long expectedVersion, CampusIdentity identity) {
        if (!CampusPermissions.canImport(actor)) {
            throw new AccessDeniedException("L'import du registre est réservé à l'administration nationale.");
        }
        return existingId == null ? register(actor, identity) : change(actor, find(existingId), expectedVersion, identity);
    }

    /**
     * The national administrator's correction of a campus's label (category, status, first year, validity), outside
     * any labelling decision — to mend the registry. The reason is required and kept in the campus's history.
     */
    @Transactional
    CampusCard correctLabel(Actor actor, UUID id, long expectedVersion, LabelCorrection correction) {
        Campus campus = find(id);
        requireLabelCorrection(actor);
        String reason = Text.trimToNull(correction.reason());
        if (reason == null) {
            throw new BusinessRuleException("reason", "Indiquez le motif de la correction : il est conservé dans l'historique du campus.");
        }
        if (campus.version() != expectedVersion) {
            throw new ConcurrentEditException(LABEL_CHANGED_MEANWHILE);
        }
        if (correction.status() == LabelStatus.LABELLED && (correction.validFrom() == null || correction.validUntil() == null)) {
            throw new BusinessRuleException(correction.validFrom() == null ? "labelValidFrom" : "labelValidUntil",
                    "Un campus labellisé a un début et une fin de validité.");
        }
        if (correction.firstLabelYear() != null && correction.firstLabelYear() < 2013) {
            throw new BusinessRuleException("firstLabelYear", "Le label existe depuis 2013 : l'année ne peut être antérieure.");
        }
        if (correction.validFrom() != null && correction.validUntil() != null && !correction.validUntil().isAfter(correction.validFrom())) {
            throw new BusinessRuleException("labelValidUntil", "La fin de validité du label doit suivre son début.");
        }
        CampusIdentity before = campus.identity();
        CampusIdentity after = before.withLabel(correction.category(), correction.status(), correction.firstLabelYear(),
                correction.validFrom(), correction.validUntil());
        var diff = describe(before, after);
        if (diff.isEmpty()) {
            throw new BusinessRuleException(null, "Le label est déjà celui-ci : rien n'a été corrigé.");
        }
        campus.describe(after, keywords(after), Instant.now(clock));
        List<AuditTrail.Change> changes = new java.util.ArrayList<>(diff.changes());
        changes.add(new AuditTrail.Change("Motif de la correction", null, reason));
        audit.record(AUDITED, id, "LABEL_CORRIGE", "Label corrigé par l'administration nationale", changes);
        flush(LABEL_CHANGED_MEANWHILE);
        return card(campus);
    }

    private CampusCard register(Actor actor, CampusIdentity identity) {
        if (!CampusPermissions.canCreateIn(actor, identity.regionCode())) {
            throw new AccessDeniedException("Vous ne pouvez créer de campus que dans votre région.");
        }
        CampusIdentity checked = check(identity, null);
        Campus campus = campuses.saveAndFlush(Campus.register(uniqueSlug(checked.name()), checked, keywords(checked), Instant.now(clock)));
        audit.record(AUDITED, campus.id(), "CREATION", "Campus créé", describe(null, checked).changes());
        return card(campus);
    }

    private CampusCard change(Actor actor, Campus campus, long expectedVersion, CampusIdentity identity) {
        UUID id = campus.id();
        requireEdit(actor, campus);
        if (campus.version() != expectedVersion) {
            throw new ConcurrentEditException("Ce campus a été modifié par quelqu'un d'autre pendant votre saisie (enregistrement du "
                    + Times.current().format(campus.updatedAt(), "d MMMM yyyy 'à' HH'h'mm") + "). Vos modifications n'ont pas été enregistrées : "
                    + "elles sont conservées ci-dessous, comparez-les avec la version actuelle avant d'enregistrer à nouveau.");
        }
        if (!identity.regionCode().equals(campus.regionCode()) && !CampusPermissions.canCreateIn(actor, identity.regionCode())) {
            throw new BusinessRuleException("regionCode", "Vous ne pouvez pas déplacer ce campus hors de votre région.");
        }
        CampusIdentity checked = check(identity, id);
        CampusIdentity before = campus.identity();
        campus.describe(checked, keywords(checked), Instant.now(clock));
        var diff = describe(before, checked);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, id, "MODIFICATION", "Identité du campus modifiée", diff.changes());
        }
        flush("Ce campus vient d'être modifié par quelqu'un d'autre. Vos modifications n'ont pas été enregistrées.");
        return card(campus);
    }

    /**
     * Records the label an interministerial decision grants: category, validity, "Labellisé"; the first label year
     * is kept if the campus had one. The decision itself was checked by the labelling module.
     */
    @Transactional
    public CampusCard grantLabel(UUID id, LabelCategory category, LocalDate validFrom, LocalDate validUntil) {
        Campus campus = find(id);
        CampusIdentity before = campus.identity();
        CampusIdentity after = before.withLabel(category, LabelStatus.LABELLED,
                before.firstLabelYear() != null ? before.firstLabelYear() : validFrom.getYear(), validFrom, validUntil);
        campus.describe(after, keywords(after), Instant.now(clock));
        audit.record(AUDITED, id, "LABEL_ACCORDE", "Label accordé jusqu'au " + validUntil, describe(before, after).changes());
        campuses.flush();
        return card(campus);
    }

    /**
     * Names the operational director a labelling dossier named, when the campus has none (a director already recorded
     * stays); returns whether it did. Called by the labelling module when the label is granted.
     */
    @Transactional
    public boolean appointDirectorIfNone(UUID id, String name, String email, String phone, String source) {
        Campus campus = find(id);
        if (!campus.appointDirectorIfNone(name, email, phone, Instant.now(clock))) {
            return false;
        }
        audit.record(AUDITED, id, "DIRECTION_NOMMEE", "Direction opérationnelle nommée : " + source,
                List.of(new AuditTrail.Change("Direction opérationnelle", null, name),
                        new AuditTrail.Change("E-mail de la direction", null, email),
                        new AuditTrail.Change("Téléphone de la direction", null, phone)));
        flush("Ce campus vient d'être modifié par quelqu'un d'autre.");
        return true;
    }

    /** Of these campuses, those with no operational director recorded. */
    @Transactional(readOnly = true)
    Set<UUID> withoutDirector(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : campuses.findAllById(ids).stream().filter(c -> !c.hasDirector()).map(Campus::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Ends the labels whose validity is over; run every night, idempotent when several nodes run it. */
    @Scheduled(cron = "0 15 2 * * *", zone = "Europe/Paris")
    @Transactional
    public void expireEndedLabels() {
        LocalDate today = LocalDate.now(clock);
        for (Campus campus : campuses.findLabelledEndedBefore(today)) {
            if (campus.expireIfEndedOn(today)) {
                audit.record(AUDITED, campus.id(), "LABEL_ECHU", "Label échu le " + campus.identity().labelValidUntil(),
                        List.of(new AuditTrail.Change("Statut du label", LabelStatus.LABELLED.label(), LabelStatus.EXPIRED.label())));
            }
        }
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    /** Checks the identity against the reference data and fills what follows from it (commune name, centre). */
    CampusIdentity check(CampusIdentity identity, UUID self) {
        checkLength("name", "Le nom", identity.name(), 255);
        checkLength("website", "L'adresse du site", identity.website(), 255);
        checkLength("directorName", "Le nom", identity.directorName(), 150);
        checkLength("directorEmail", "L'adresse e-mail", identity.directorEmail(), 255);
        checkLength("directorPhone", "Le téléphone", identity.directorPhone(), 30);
        checkLength("description", "La présentation", identity.description(), 5000);
        if (identity.latitude() != null && !(identity.latitude() >= -90 && identity.latitude() <= 90)) {
            throw new BusinessRuleException("latitude", "La latitude est comprise entre -90 et 90.");
        }
        if (identity.longitude() != null && !(identity.longitude() >= -180 && identity.longitude() <= 180)) {
            throw new BusinessRuleException("longitude", "La longitude est comprise entre -180 et 180.");
        }
        campuses.findByNameIgnoreCase(identity.name().strip())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new BusinessRuleException("name", "Un campus porte déjà ce nom.");
                });
        if (territories.region(identity.regionCode()).isEmpty()) {
            throw new BusinessRuleException("regionCode", "Choisissez une région de la liste.");
        }
        Academy academy = territories.academy(identity.academyCode())
                .orElseThrow(() -> new BusinessRuleException("academyCode", "Choisissez une académie de la liste."));
        if (!academy.regionCode().equals(identity.regionCode())) {
            throw new BusinessRuleException("academyCode", "L'académie de " + academy.name() + " n'est pas dans la région "
                    + territories.regionName(identity.regionCode()) + ".");
        }
        checkOtherAcademies(identity);
        String municipalityName = null;
        Double latitude = identity.latitude();
        Double longitude = identity.longitude();
        if (identity.municipalityCode() != null && !identity.municipalityCode().isBlank()) {
            var municipality = territories.municipality(identity.municipalityCode())
                    .orElseThrow(() -> new BusinessRuleException("municipalityCode", "Aucune commune n'a le code INSEE « "
                            + identity.municipalityCode().strip() + " »."));
            var municipalityAcademy = territories.academyOfMunicipality(municipality.code()).orElseThrow();
            if (!municipalityAcademy.regionCode().equals(identity.regionCode())) {
                throw new BusinessRuleException("municipalityCode", municipality.name() + " n'est pas dans la région "
                        + territories.regionName(identity.regionCode()) + ".");
            }
            municipalityName = municipality.name();
            if (latitude == null && longitude == null) {
                latitude = municipality.latitude();
                longitude = municipality.longitude();
            }
        }
        if ((latitude == null) != (longitude == null)) {
            throw new BusinessRuleException(latitude == null ? "latitude" : "longitude", "Renseignez la latitude et la longitude, ou aucune des deux.");
        }
        if (identity.supportEstablishmentId() != null && directory.organisation(identity.supportEstablishmentId()).isEmpty()) {
            throw new BusinessRuleException("supportEstablishmentId", "Choisissez l'établissement support dans l'annuaire.");
        }
        if (identity.labelValidFrom() != null && identity.labelValidUntil() != null
                && !identity.labelValidUntil().isAfter(identity.labelValidFrom())) {
            throw new BusinessRuleException("labelValidUntil", "La fin de validité du label doit suivre son début.");
        }
        return new CampusIdentity(identity.name().strip(), identity.sector(), identity.regionCode(), identity.academyCode(),
                Text.trimToNull(identity.municipalityCode()), municipalityName, latitude, longitude, identity.supportEstablishmentId(),
                identity.category(), identity.labelStatus(), identity.firstLabelYear(), identity.labelValidFrom(),
                identity.labelValidUntil(), identity.website(), identity.description(), identity.directorName(),
                identity.directorEmail(), identity.directorPhone(), identity.otherSectors(), identity.otherAcademyCodes());
    }

    /**
     * A campus common to several académies (« campus interacadémique ») covers académies of one région: that of its
     * main académie. Lille and Amiens are both in Hauts-de-France; Lille and Rouen are not.
     */
    private void checkOtherAcademies(CampusIdentity identity) {
        for (String code : identity.otherAcademyCodes()) {
            Academy other = territories.academy(code)
                    .orElseThrow(() -> new BusinessRuleException("otherAcademyCodes", "Aucune académie n'a le code « " + code
                            + " » : choisissez les autres académies dans la liste."));
            if (!other.regionCode().equals(identity.regionCode())) {
                throw new BusinessRuleException("otherAcademyCodes", "L'académie de " + other.name() + " n'est pas dans la région "
                        + territories.regionName(identity.regionCode()) + " : un campus commun à plusieurs académies les réunit "
                        + "dans une seule région.");
            }
        }
    }

    /** The columns' lengths, for the form and the import alike. */
    private static void checkLength(String field, String what, String value, int max) {
        if (Text.longerThan(value, max)) {
            throw new BusinessRuleException(field, Text.tooLong(what, value, max));
        }
    }

    /** Writes the changes now, so that a save by someone else since the campus was read is reported as a concurrent edit. */
    private void flush(String concurrentEditMessage) {
        try {
            campuses.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(concurrentEditMessage);
        }
    }

    private Campus find(UUID id) {
        return campuses.findById(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "Campus inconnu"));
    }

    private static void requireLabelCorrection(Actor actor) {
        if (!CampusPermissions.canCorrectLabel(actor)) {
            throw new AccessDeniedException("Le label d'un campus change par une décision de labellisation ; "
                    + "seule l'administration nationale peut le corriger.");
        }
    }

    private void requireEdit(Actor actor, Campus campus) {
        if (!CampusPermissions.canEdit(actor, campus.id(), campus.regionCode())) {
            throw new AccessDeniedException("Ce campus n'est pas dans votre périmètre.");
        }
    }

    private Set<UUID> campusesOfOrganisation(Actor actor) {
        return actor.organisationId() == null ? Set.of() : Set.copyOf(directory.campusesOf(actor.organisationId()));
    }

    private String keywords(CampusIdentity identity) {
        String support = identity.supportEstablishmentId() == null ? null
                : directory.organisation(identity.supportEstablishmentId()).map(OrganisationSummary::displayName).orElse(null);
        return Stream.of(identity.sectors().stream().map(Sector::label), Stream.of(territories.regionName(identity.regionCode())),
                        identity.academyCodes().stream().map(territories::academyName), Stream.of(identity.municipalityName(), support))
                .flatMap(s -> s)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    private String uniqueSlug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .replace('’', '\'');
        String base = folded.replaceFirst(NAME_PREFIX, "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "campus";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120).replaceAll("-$", "");
        }
        String slug = base;
        for (int i = 2; campuses.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    CampusCard card(Campus campus) {
        var identity = campus.identity();
        return new CampusCard(campus.id(), campus.slug(), identity.name(), identity.sector(), identity.regionCode(),
                territories.regionName(identity.regionCode()), identity.academyCode(), territories.academyName(identity.academyCode()),
                identity.municipalityCode(), identity.municipalityName(), identity.latitude(), identity.longitude(),
                identity.category(), identity.labelStatus(), identity.firstLabelYear(), identity.labelValidUntil(), identity.website(),
                identity.otherSectors(), identity.otherAcademyCodes(), identity.otherAcademyCodes().stream().map(territories::academyName).toList());
    }

    private AuditTrail.Diff describe(CampusIdentity before, CampusIdentity after) {
        Map<String, java.util.function.Function<CampusIdentity, Object>> fields = new LinkedHashMap<>();
        fields.put("Nom", CampusIdentity::name);
        fields.put("Filière", i -> i.sector().label());
        fields.put("Région", i -> territories.regionName(i.regionCode()));
        fields.put("Autres filières", i -> i.otherSectors().isEmpty() ? null
                : i.otherSectors().stream().map(Sector::label).collect(Collectors.joining(" ; ")));
        fields.put("Académie", i -> territories.academyName(i.academyCode()));
        fields.put("Autres académies", i -> i.otherAcademyCodes().isEmpty() ? null
                : i.otherAcademyCodes().stream().map(territories::academyName).collect(Collectors.joining(" ; ")));
        fields.put("Commune", CampusIdentity::municipalityName);
        fields.put("Latitude", CampusIdentity::latitude);
        fields.put("Longitude", CampusIdentity::longitude);
        fields.put("Établissement support", i -> i.supportEstablishmentId() == null ? null
                : directory.organisation(i.supportEstablishmentId()).map(OrganisationSummary::name).orElse(null));
        fields.put("Catégorie", i -> i.category().label());
        fields.put("Statut du label", i -> i.labelStatus().label());
        fields.put("Année de première labellisation", CampusIdentity::firstLabelYear);
        fields.put("Début de validité du label", CampusIdentity::labelValidFrom);
        fields.put("Fin de validité du label", CampusIdentity::labelValidUntil);
        fields.put("Site web", CampusIdentity::website);
        fields.put("Présentation", CampusIdentity::description);
        fields.put("Direction opérationnelle", CampusIdentity::directorName);
        fields.put("E-mail de la direction", CampusIdentity::directorEmail);
        fields.put("Téléphone de la direction", CampusIdentity::directorPhone);
        var diff = new AuditTrail.Diff();
        fields.forEach((label, value) -> diff.field(label, before == null ? null : value.apply(before), value.apply(after)));
        return diff;
    }

}
