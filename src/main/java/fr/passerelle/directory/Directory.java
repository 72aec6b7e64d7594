package fr.passerelle.directory;

import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
import fr.passerelle.territory.Territories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory's API: organisations and their memberships of campuses. Every change takes the {@link Actor} and is
 * refused outside their scope ({@link DirectoryPermissions}: organisations by their région or their campuses' régions,
 * the partners, contacts and agreements of a campus by the campus's région); every change is audited.
 */
@Service
public class Directory {

    static final String AUDITED_ORGANISATION = "organisation";
    static final String AUDITED_CAMPUS = "campus";

    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final AgreementRepository agreements;
    private final AuditTrail audit;
    private final CampusRegions campusRegions;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Directory(OrganisationRepository organisations, MembershipRepository memberships, PersonRepository people,
              AgreementRepository agreements, AuditTrail audit, CampusRegions campusRegions, Territories territories,
              ApplicationEventPublisher events, Clock clock) {
        this.territories = territories;
        this.organisations = organisations;
        this.memberships = memberships;
        this.people = people;
        this.agreements = agreements;
        this.audit = audit;
        this.campusRegions = campusRegions;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an organisation; refused to the roles that do not manage campuses and partners. */
    @Transactional
    public OrganisationSummary register(Actor actor, OrganisationDetails details) {
        requireRegistrar(actor);
        checkMunicipality(details);
        checkIdentifiers(details, null);
        var organisation = organisations.save(Organisation.register(details, Instant.now(clock)));
        audit.record(AUDITED_ORGANISATION, organisation.id(), "CREATION", "Organisation « " + details.name() + " » créée",
                describe(new AuditTrail.Diff(), null, organisation.details()).changes());
        return organisation.summary();
    }

    /**
     * Changes an organisation the actor may edit, without taking it out of their scope; refused when someone else
     * saved it after {@code expectedVersion}.
     */
    @Transactional
    public OrganisationSummary update(Actor actor, UUID id, long expectedVersion, OrganisationDetails details) {
        var organisation = requireEditable(actor, id);
        if (organisation.version() != expectedVersion) {
            throw new ConcurrentEditException("Cette organisation a été modifiée par quelqu'un d'autre pendant votre saisie. "
                    + "Rechargez la page pour voir la version actuelle.");
        }
        checkMunicipality(details);
        if (!DirectoryPermissions.canEdit(actor, id, regionOf(details.municipalityCode()), campusRegionsOf(id))) {
            throw new BusinessRuleException("municipalityCode", "Vous ne pouvez pas placer cette organisation hors de votre périmètre : "
                    + "choisissez une commune de votre région.");
        }
        checkIdentifiers(details, id);
        var before = organisation.details();
        organisation.apply(details, Instant.now(clock));
        var diff = describe(new AuditTrail.Diff(), before, organisation.details());
        if (!diff.isEmpty()) {
            audit.record(AUDITED_ORGANISATION, id, "MODIFICATION", "Organisation « " + details.name() + " » modifiée", diff.changes());
        }
        return organisation.summary();
    }

    /** An organisation as it is for its edit form, with its version; refused outside the actor's scope, 404 when unknown. */
    @Transactional(readOnly = true)
    Editable editable(Actor actor, UUID id) {
        Organisation organisation = requireEditable(actor, id);
        return new Editable(organisation.details(), organisation.version());
    }

    record Editable(OrganisationDetails details, long version) {
    }

    /** Refuses the roles that may not register organisations. */
    void requireRegistrar(Actor actor) {
        if (!DirectoryPermissions.canRegister(actor)) {
            throw new AccessDeniedException("Votre rôle ne permet pas d'ajouter des organisations à l'annuaire.");
        }
    }

    /** Whether the actor may register organisations. */
    public boolean canRegister(Actor actor) {
        return DirectoryPermissions.canRegister(actor);
    }

    /** Organisations matching the text, each with whether the actor may edit it. */
    @Transactional(readOnly = true)
    List<Listed> search(Actor actor, String text, int limit) {
        var found = search(text, limit);
        var regions = campusRegionsOf(found.stream().filter(o -> o.municipalityCode() == null).map(OrganisationSummary::id).toList());
        return found.stream().map(o -> new Listed(o, DirectoryPermissions.canEdit(actor, o.id(), regionOf(o.municipalityCode()),
                regions.getOrDefault(o.id(), Set.of())))).toList();
    }

    record Listed(OrganisationSummary organisation, boolean editable) {
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(UUID id) {
        return organisations.findById(id).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> details(UUID id) {
        return organisations.findById(id).map(Organisation::details);
    }

    /** The people of the directory whose e-mail address is this one, whatever its case (an account finds its seats by it). */
    @Transactional(readOnly = true)
    public List<UUID> peopleWithEmail(String email) {
        return email == null || email.isBlank() ? List.of() : people.findIdsByEmail(email.strip());
    }

    /** The organisations of these ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, OrganisationSummary> organisations(Collection<UUID> ids) {
        Map<UUID, OrganisationSummary> found = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAllById(ids).forEach(o -> found.put(o.id(), o.summary()));
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByUai(String uai) {
        return organisations.findByUai(Identifiers.normalise(uai)).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByName(String name) {
        return organisations.findFirstByNameIgnoreCase(name.strip()).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(String text, int limit) {
        return organisations.search(text == null ? "" : text.strip(), PageRequest.of(0, limit)).stream()
                .map(Organisation::summary).toList();
    }

    /** Organisations whose name or acronym contains the text, of the given kinds (all when empty), for pickers. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> choices(String text, java.util.Collection<OrganisationKind> kinds, int limit) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < 2) {
            return List.of();
        }
        return organisations.search(wanted, PageRequest.of(0, 200)).stream()
                .map(Organisation::summary)
                .filter(o -> kinds == null || kinds.isEmpty() || kinds.contains(o.kind()))
                .limit(limit)
                .toList();
    }

    /** The organisations of one kind, by name (the clusters that may label a training, for instance). */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> ofKind(OrganisationKind kind, int limit) {
        return organisations.findByKindOrderByName(kind, PageRequest.of(0, limit)).stream().map(Organisation::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countOrganisations() {
        return organisations.count();
    }

    @Transactional(readOnly = true)
    public long countPartners() {
        return memberships.countPartners();
    }

    @Transactional(readOnly = true)
    public List<Partner> partnersOf(UUID campusId) {
        return memberships.findByCampusId(campusId).stream().map(Membership::partner).toList();
    }

    /** The campuses an organisation is a member of. */
    @Transactional(readOnly = true)
    public List<UUID> campusesOf(UUID organisationId) {
        return memberships.findByOrganisationId(organisationId).stream().map(Membership::campusId).distinct().toList();
    }

    /** The régions of the campuses each organisation is a member of (none for an organisation without campus). */
    @Transactional(readOnly = true)
    Map<UUID, Set<String>> campusRegionsOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        List<Membership> found = memberships.findByOrganisationIds(organisationIds);
        Map<UUID, String> regions = campusRegions.of(found.stream().map(Membership::campusId).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, Set<String>> byOrganisation = new HashMap<>();
        for (Membership m : found) {
            String region = regions.get(m.campusId());
            if (region != null) {
                byOrganisation.computeIfAbsent(m.organisation().id(), k -> new HashSet<>()).add(region);
            }
        }
        return byOrganisation;
    }

    @Transactional
    public Partner addPartner(Actor actor, UUID campusId, UUID organisationId, MembershipRole role, LocalDate since, LocalDate until) {
        requireCampusEdit(actor, campusId);
        if (role == MembershipRole.CONTACT) {
            throw new BusinessRuleException("role", "Ce rôle est celui d'une personne, pas d'une organisation.");
        }
        var organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new BusinessRuleException("organisationId", "Choisissez une organisation de l'annuaire."));
        if (memberships.existsByCampusIdAndOrganisationIdAndRole(campusId, organisationId, role)) {
            throw new BusinessRuleException("organisationId", organisation.summary().name() + " est déjà « "
                    + role.label().toLowerCase(java.util.Locale.FRENCH) + " » de ce campus.");
        }
        var membership = memberships.save(Membership.join(campusId, organisation, role, since, until, Instant.now(clock)));
        audit.record(AUDITED_CAMPUS, campusId, "PARTENAIRE_AJOUTE", "Partenaire ajouté : " + organisation.summary().name(),
                List.of(new AuditTrail.Change("Partenaire", null, organisation.summary().name() + " — " + role.label())));
        return membership.partner();
    }

    @Transactional
    public void removePartner(Actor actor, UUID campusId, UUID membershipId) {
        requireCampusEdit(actor, campusId);
        var membership = memberships.findById(membershipId)
                .filter(m -> m.campusId().equals(campusId))
                .orElseThrow(() -> new BusinessRuleException(null, "Ce partenariat n'existe plus."));
        memberships.delete(membership);
        String name = membership.organisation().summary().name();
        audit.record(AUDITED_CAMPUS, campusId, "PARTENAIRE_RETIRE", "Partenaire retiré : " + name,
                List.of(new AuditTrail.Change("Partenaire", name + " — " + membership.role().label(), null)));
    }

    // --- partnership agreements ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Agreement> agreementsOf(UUID campusId) {
        return agreements.findByCampusId(campusId).stream().map(PartnershipAgreement::summary).toList();
    }

    /** Records a signed agreement with one of the campus's partners; the file must be a PDF of 10 MB at most. */
    @Transactional
    public Agreement addAgreement(Actor actor, UUID campusId, UUID organisationId, AgreementDetails details, String fileName, byte[] content) {
        requireCampusEdit(actor, campusId);
        if (details.title() == null || details.title().isBlank()) {
            throw new BusinessRuleException("title", "L'intitulé de la convention est obligatoire.");
        }
        if (Text.longerThan(details.title(), 255)) {
            throw new BusinessRuleException("title", Text.tooLong("L'intitulé", details.title(), 255));
        }
        if (Text.longerThan(details.signatories(), 1000)) {
            throw new BusinessRuleException("signatories", Text.tooLong("La liste des signataires", details.signatories(), 1000));
        }
        if (details.validFrom() != null && details.validUntil() != null && details.validUntil().isBefore(details.validFrom())) {
            throw new BusinessRuleException("validUntil", "La fin de validité précède le début.");
        }
        boolean partner = partnersOf(campusId).stream().anyMatch(p -> p.organisation().id().equals(organisationId));
        if (!partner) {
            throw new BusinessRuleException("organisationId", "Choisissez un partenaire du campus.");
        }
        StoredFile file = StoredFile.pdf(fileName, content);
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        Agreement agreement = agreements.save(PartnershipAgreement.sign(campusId, organisation, details, file, Instant.now(clock))).summary();
        audit.record(AUDITED_CAMPUS, campusId, "CONVENTION_AJOUTEE", "Convention ajoutée : " + agreement.title(), List.of(
                new AuditTrail.Change("Convention", null, agreement.title() + " — " + agreement.organisationName()
                        + (agreement.signedOn() == null ? "" : ", signée le " + agreement.signedOn())
                        + ", fichier " + agreement.fileName() + " (" + agreement.displaySize() + ")")));
        return agreement;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> agreementFile(UUID campusId, UUID agreementId) {
        return agreements.findById(agreementId).filter(a -> a.campusId().equals(campusId)).map(PartnershipAgreement::file);
    }

    @Transactional
    public void removeAgreement(Actor actor, UUID campusId, UUID agreementId) {
        requireCampusEdit(actor, campusId);
        PartnershipAgreement agreement = agreements.findById(agreementId).filter(a -> a.campusId().equals(campusId))
                .orElseThrow(() -> new BusinessRuleException(null, "Cette convention n'existe plus."));
        Agreement summary = agreement.summary();
        agreements.delete(agreement);
        audit.record(AUDITED_CAMPUS, campusId, "CONVENTION_RETIREE", "Convention retirée : " + summary.title(),
                List.of(new AuditTrail.Change("Convention", summary.title() + " — " + summary.organisationName(), null)));
    }

    // --- people ---------------------------------------------------------------------------------------------------

    @Transactional
    public Contact addPerson(Actor actor, UUID organisationId, PersonDetails details) {
        var organisation = requireEditable(actor, organisationId);
        Person person = people.save(Person.of(organisation, details));
        Contact contact = person.contact();
        audit.record(AUDITED_ORGANISATION, organisationId, "PERSONNE_AJOUTEE", "Personne ajoutée : " + contact.fullName(),
                List.of(new AuditTrail.Change("Personne", null, describe(contact))));
        return contact;
    }

    /**
     * Takes a person out of the directory. They stop being a contact of any campus and their seats on governing
     * bodies end today (through {@link PersonRemoved}), each with a line in that campus's history; the person is kept,
     * no longer listed nor offered, so that the meetings they attended and the surveys they answered keep their name.
     */
    @Transactional
    public void removePerson(Actor actor, UUID organisationId, UUID personId) {
        requireEditable(actor, organisationId);
        Person person = people.findById(personId).filter(p -> p.organisation().id().equals(organisationId) && !p.isRemoved())
                .orElseThrow(() -> new BusinessRuleException(null, "Cette personne n'est plus dans l'annuaire."));
        Contact contact = person.contact();
        memberships.findByPersonId(personId).forEach(m -> {
            memberships.delete(m);
            audit.record(AUDITED_CAMPUS, m.campusId(), "CONTACT_RETIRE", "Contact retiré : " + contact.fullName(),
                    List.of(new AuditTrail.Change("Personne à contacter", contact.fullName(), null)));
        });
        LocalDate today = LocalDate.now(clock);
        person.remove(today);
        people.flush();
        events.publishEvent(new PersonRemoved(personId, contact.fullName(), contact.organisationName(), today));
        audit.record(AUDITED_ORGANISATION, organisationId, "PERSONNE_RETIREE", "Personne retirée : " + contact.fullName(),
                List.of(new AuditTrail.Change("Personne", describe(contact), null)));
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : people.findAllById(personIds).stream().map(Person::contact)
                .sorted(java.util.Comparator.comparing(Contact::lastName).thenComparing(Contact::firstName)).toList();
    }

    /**
     * The people of the directory (not removed) whose name or e-mail starts with the text, case ignored, for pickers of
     * bodies that are not a campus's (regional bodies, networks); at most {@code limit}, none under two characters.
     */
    @Transactional(readOnly = true)
    public List<Contact> searchPeople(String text, int limit) {
        String clean = text == null ? "" : text.strip().toLowerCase(java.util.Locale.FRENCH);
        if (clean.length() < 2) {
            return List.of();
        }
        String prefix = clean.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return people.search(prefix, org.springframework.data.domain.PageRequest.of(0, limit)).stream().map(Person::contact).toList();
    }

    @Transactional(readOnly = true)
    public List<Contact> peopleOf(UUID organisationId) {
        return people.findByOrganisationId(organisationId).stream().map(Person::contact).toList();
    }

    /** A person's membership of a campus as its contact. */
    public record CampusContact(UUID membershipId, Contact contact) {
    }

    @Transactional(readOnly = true)
    public List<CampusContact> contactsOf(UUID campusId) {
        return memberships.findContactsByCampusId(campusId).stream()
                .map(m -> new CampusContact(m.id(), m.person().contact())).toList();
    }

    /** The people who may become contacts of a campus: those of its partner organisations. */
    @Transactional(readOnly = true)
    public List<Contact> candidateContacts(UUID campusId) {
        var partnerOrganisations = partnersOf(campusId).stream().map(p -> p.organisation().id()).distinct().toList();
        return partnerOrganisations.isEmpty() ? List.of()
                : people.findByOrganisationIds(partnerOrganisations).stream().map(Person::contact).toList();
    }

    @Transactional
    public CampusContact addContact(Actor actor, UUID campusId, UUID personId) {
        requireCampusEdit(actor, campusId);
        if (personId == null) {
            throw new BusinessRuleException("personId", "Choisissez une personne de la liste.");
        }
        Person person = people.findById(personId).filter(p -> !p.isRemoved())
                .orElseThrow(() -> new BusinessRuleException("personId", "Choisissez une personne de la liste."));
        boolean partnerOrganisation = partnersOf(campusId).stream().anyMatch(p -> p.organisation().id().equals(person.organisation().id()));
        if (!partnerOrganisation) {
            throw new BusinessRuleException("personId", "Cette personne ne travaille pour aucun partenaire du campus.");
        }
        if (memberships.existsByCampusIdAndPersonId(campusId, personId)) {
            throw new BusinessRuleException("personId", person.contact().fullName() + " est déjà contact de ce campus.");
        }
        Membership membership = memberships.save(Membership.contact(campusId, person, Instant.now(clock)));
        audit.record(AUDITED_CAMPUS, campusId, "CONTACT_AJOUTE", "Contact ajouté : " + person.contact().fullName(),
                List.of(new AuditTrail.Change("Personne à contacter", null, describe(person.contact()))));
        return new CampusContact(membership.id(), person.contact());
    }

    @Transactional
    public void removeContact(Actor actor, UUID campusId, UUID membershipId) {
        requireCampusEdit(actor, campusId);
        var membership = memberships.findById(membershipId)
                .filter(m -> m.campusId().equals(campusId) && m.person() != null)
                .orElseThrow(() -> new BusinessRuleException(null, "Ce contact n'existe plus."));
        memberships.delete(membership);
        String name = membership.person().contact().fullName();
        audit.record(AUDITED_CAMPUS, campusId, "CONTACT_RETIRE", "Contact retiré : " + name,
                List.of(new AuditTrail.Change("Personne à contacter", name, null)));
    }

    /** The organisation, if the actor may edit it and its people (see {@link DirectoryPermissions#canEdit}); 404 when unknown. */
    /** Whether the actor may edit the organisation: the rule its edit page checks ({@link DirectoryPermissions#canEdit}). */
    @Transactional(readOnly = true)
    boolean canEdit(Actor actor, UUID id) {
        return organisations.findById(id)
                .map(o -> DirectoryPermissions.canEdit(actor, id, regionOf(o.details().municipalityCode()), campusRegionsOf(id)))
                .orElse(false);
    }

    private Organisation requireEditable(Actor actor, UUID id) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!DirectoryPermissions.canEdit(actor, id, regionOf(organisation.details().municipalityCode()), campusRegionsOf(id))) {
            throw new AccessDeniedException("Cette organisation n'est pas dans votre périmètre.");
        }
        return organisation;
    }

    /** Refuses when the actor may not edit the partners, contacts and agreements of the campus; 404 when it is unknown. */
    private void requireCampusEdit(Actor actor, UUID campusId) {
        String region = campusRegions.of(Set.of(campusId)).get(campusId);
        if (region == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!DirectoryPermissions.canEditMembersOf(actor, campusId, region)) {
            throw new AccessDeniedException("Ce campus n'est pas dans votre périmètre.");
        }
    }

    private Set<String> campusRegionsOf(UUID organisation) {
        return campusRegionsOf(List.of(organisation)).getOrDefault(organisation, Set.of());
    }

    private String regionOf(String municipalityCode) {
        return municipalityCode == null || municipalityCode.isBlank() ? null
                : territories.academyOfMunicipality(municipalityCode.strip()).map(a -> a.regionCode()).orElse(null);
    }

    private void checkMunicipality(OrganisationDetails details) {
        if (details.municipalityCode() != null && !details.municipalityCode().isBlank()
                && territories.municipality(details.municipalityCode().strip()).isEmpty()) {
            throw new BusinessRuleException("municipalityCode", "Aucune commune n'a le code INSEE « " + details.municipalityCode().strip() + " ».");
        }
    }

    private static String describe(Contact c) {
        return java.util.stream.Stream.of(c.fullName(), c.jobTitle(), c.organisationName(), c.email(), c.phone())
                .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(", "));
    }

    private void checkIdentifiers(OrganisationDetails details, UUID self) {
        String uai = Identifiers.normalise(details.uai());
        String siret = Identifiers.normalise(details.siret());
        if (uai != null && !uai.isEmpty()) {
            if (!Identifiers.isValidUai(uai)) {
                throw new BusinessRuleException("uai", "Le code UAI « " + details.uai().strip() + " » n'est pas valide : "
                        + "7 chiffres suivis d'une lettre de contrôle (ex. 0750001U).");
            }
            organisations.findByUai(uai).filter(o -> !o.id().equals(self)).ifPresent(o -> {
                throw new BusinessRuleException("uai", "Le code UAI " + uai + " est déjà celui de « " + o.summary().name() + " ».");
            });
        }
        if (siret != null && !siret.isEmpty()) {
            if (!Identifiers.isValidSiretOrSiren(siret)) {
                throw new BusinessRuleException("siret", "Le numéro « " + details.siret().strip() + " » n'est ni un SIRET (14 chiffres) "
                        + "ni un SIREN (9 chiffres) valide : vérifiez la clé de contrôle.");
            }
            organisations.findBySiret(siret).filter(o -> !o.id().equals(self)).ifPresent(o -> {
                throw new BusinessRuleException("siret", "Le numéro " + siret + " est déjà celui de « " + o.summary().name() + " ».");
            });
        }
    }

    private static AuditTrail.Diff describe(AuditTrail.Diff diff, OrganisationDetails before, OrganisationDetails after) {
        return diff
                .field("Type", before == null ? null : before.kind().label(), after.kind().label())
                .field("Nom", before == null ? null : before.name(), after.name())
                .field("Sigle", before == null ? null : before.acronym(), after.acronym())
                .field("UAI", before == null ? null : before.uai(), after.uai())
                .field("SIRET / SIREN", before == null ? null : before.siret(), after.siret())
                .field("Adresse", before == null ? null : before.addressLine(), after.addressLine())
                .field("Code postal", before == null ? null : before.postalCode(), after.postalCode())
                .field("Commune", before == null ? null : before.municipalityCode(), after.municipalityCode())
                .field("Site web", before == null ? null : before.website(), after.website())
                .field("E-mail", before == null ? null : before.email(), after.email())
                .field("Téléphone", before == null ? null : before.phone(), after.phone())
                .field("Description", before == null ? null : before.description(), after.description());
    }
}
