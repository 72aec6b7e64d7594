package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.territory.Territories;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Opening and finding accounts. */
@Service
public class Accounts {

    static final String AUDITED = "account";

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final Territories territories;
    private final AccountConfirmations confirmations;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock, Territories territories,
             AccountConfirmations confirmations) {
        this.confirmations = confirmations;
        this.territories = territories;
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens an account; the password, when there is one, is stored hashed and never written to the audit trail. */
    @Transactional
    public Actor open(NewAccount request) {
        if (repository.findByUsername(request.username().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new BusinessRuleException("username", "Cet identifiant est déjà pris.");
        }
        if (repository.findByEmail(request.email().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new BusinessRuleException("email", "Un compte existe déjà pour cette adresse e-mail.");
        }
        String hash = request.password() == null || request.password().isBlank() ? null : passwordEncoder.encode(request.password());
        Account account = repository.save(Account.open(request, hash, Instant.now(clock)));
        Actor actor = account.actor();
        audit.record(AUDITED, actor.accountId(), "CREATION", "Compte ouvert : " + actor.username(), List.of(
                new AuditTrail.Change("Rôle", null, actor.role().label()),
                new AuditTrail.Change("Périmètre", null, scope(actor)),
                new AuditTrail.Change("Connexion par mot de passe", null, hash == null ? "non" : "oui")));
        return actor;
    }

    /**
     * The national administrator opens an account from the administration page: its région or académie must be one of
     * the reference data, and its campus or organisation must exist.
     */
    @Transactional
    Actor open(Actor administrator, NewAccount request) {
        requireAdministration(administrator);
        if (request.regionCode() != null && territories.region(request.regionCode().strip()).isEmpty()) {
            throw new BusinessRuleException("regionCode", "Choisissez une région de la liste.");
        }
        if (request.academyCode() != null && territories.academy(request.academyCode().strip()).isEmpty()) {
            throw new BusinessRuleException("academyCode", "Choisissez une académie de la liste.");
        }
        try {
            Actor opened = open(request);
            repository.flush();
            return opened;
        } catch (DataIntegrityViolationException e) {
            // The campus or organisation chosen is not in the registry (any more): the database keeps accounts to existing ones.
            throw new BusinessRuleException("Le campus ou l'organisation choisi n'existe pas : choisissez-le dans la liste.");
        }
    }

    /** The national administrator disables or enables an account, never their own off; 404 when it is unknown. */
    @Transactional
    void enable(Actor administrator, UUID accountId, boolean enabled) {
        requireAdministration(administrator);
        if (!enabled && administrator.accountId().equals(accountId)) {
            throw new BusinessRuleException("Vous ne pouvez pas désactiver votre propre compte.");
        }
        if (repository.findById(accountId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        enable(accountId, enabled);
    }

    /**
     * The national administrator changes the campuses a DREETS correspondent follows: each must exist (the database keeps
     * follow-ups to existing campuses); audited with the campuses before and after.
     */
    @Transactional
    void follow(Actor administrator, UUID accountId, java.util.Set<UUID> campuses) {
        requireAdministration(administrator);
        Account account = repository.findById(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String before = account.followedCampusIds().stream().map(UUID::toString).sorted().collect(java.util.stream.Collectors.joining(", "));
        if (account.follow(campuses)) {
            try {
                repository.flush();
            } catch (DataIntegrityViolationException e) {
                throw new BusinessRuleException("followedCampusIds", "Un des campus choisis n'existe plus : choisissez-les dans la liste.");
            }
            audit.record(AUDITED, accountId, "CAMPUS_SUIVIS", "Campus suivis par " + account.username(), List.of(new AuditTrail.Change(
                    "Campus suivis", before, campuses.stream().map(UUID::toString).sorted().collect(java.util.stream.Collectors.joining(", ")))));
        }
    }

    /** Refuses anyone but the national administrator, who alone manages accounts. */
    void requireAdministration(Actor actor) {
        if (!actor.isNationalAdmin()) {
            throw new AccessDeniedException("La gestion des comptes est réservée à l'administration nationale.");
        }
    }

    @Transactional
    public void enable(UUID accountId, boolean enabled) {
        Account account = repository.findById(accountId).orElseThrow(() -> new BusinessRuleException(null, "Compte inconnu."));
        if (account.enabled() != enabled) {
            account.enable(enabled);
            audit.record(AUDITED, accountId, enabled ? "REACTIVATION" : "DESACTIVATION",
                    (enabled ? "Compte réactivé : " : "Compte désactivé : ") + account.username(),
                    List.of(new AuditTrail.Change("Actif", enabled ? "non" : "oui", enabled ? "oui" : "non")));
        }
    }

    /** Every account, with whether it is enabled, for the administration page. */
    @Transactional(readOnly = true)
    List<AccountRow> all() {
        return repository.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(a -> new AccountRow(a.actor(), a.email(), a.enabled(), a.passwordHash() != null)).toList();
    }

    record AccountRow(Actor actor, String email, boolean enabled, boolean hasPassword) {
    }

    private static String scope(Actor actor) {
        return java.util.stream.Stream.of(
                        actor.regionCode() == null ? null : "région " + actor.regionCode(),
                        actor.academyCode() == null ? null : "académie " + actor.academyCode(),
                        actor.campusId() == null ? null : "campus " + actor.campusId(),
                        actor.organisationId() == null ? null : "organisation " + actor.organisationId())
                .map(scope -> actor.followedCampusIds().isEmpty() || scope == null ? scope
                        : scope + ", campus suivis " + actor.followedCampusIds().stream().map(UUID::toString).sorted()
                        .collect(java.util.stream.Collectors.joining(", ")))
                .filter(java.util.Objects::nonNull).findFirst().orElse("national");
    }

    @Transactional(readOnly = true)
    public Optional<Actor> byUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(Account::actor);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> byEmail(String email) {
        return repository.findByEmail(email.strip().toLowerCase(Locale.ROOT)).filter(Account::usable).map(Account::actor);
    }

    /** An enabled account by its id, e.g. to notify it; a disabled or unknown account gives nothing. */
    @Transactional(readOnly = true)
    public Optional<Actor> byId(UUID accountId) {
        return repository.findById(accountId).filter(Account::usable).map(Account::actor);
    }

    /** What a session checks on each request: the enabled account's actor and its password version. */
    record SessionAccount(Actor actor, int passwordVersion) {
    }

    @Transactional(readOnly = true)
    Optional<SessionAccount> forSession(UUID accountId) {
        return repository.findById(accountId).filter(Account::usable).map(a -> new SessionAccount(a.actor(), a.passwordVersion()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** The enabled accounts of a role, by name: the experts an administrator assigns, for instance. */
    @Transactional(readOnly = true)
    public java.util.List<Actor> withRole(Role role) {
        return repository.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(Account::actor).toList();
    }

    /**
     * The enabled accounts of the people of these organisations (partner members, company recruiters), e.g. to notify
     * the member companies a cluster's search found; by organisation, then name.
     */
    @Transactional(readOnly = true)
    public java.util.List<Actor> ofOrganisations(java.util.Collection<UUID> organisationIds) {
        java.util.List<UUID> ids = organisationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        java.util.List<Actor> actors = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            repository.findByOrganisationIdInAndRoleInAndEnabledTrue(ids.subList(from, Math.min(ids.size(), from + 1000)),
                    java.util.List.of(Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER)).stream().map(Account::actor).forEach(actors::add);
        }
        actors.sort(java.util.Comparator.comparing((Actor a) -> a.organisationId().toString()).thenComparing(Actor::displayName));
        return actors;
    }

    @Transactional(readOnly = true)
    Optional<Account> account(String username) {
        return repository.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    Optional<Account> accountByEmail(String email) {
        return repository.findByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Someone opens their own account (a candidate of the job platform) from this address (may be null): the account
     * logs in once its owner opens the link e-mailed after the commit ({@link AccountConfirmations}). Only roles outside
     * the back office may be opened so. Refused, with a French message, when the identifier or the e-mail address is
     * taken, or when this address has opened too many accounts within the hour.
     */
    @Transactional
    public Actor register(NewAccount request, String address) {
        if (request.role().backOffice()) {
            throw new AccessDeniedException("Un compte du back-office est ouvert par l'administration nationale.");
        }
        confirmations.requireRegistrationAllowed(address);
        if (repository.findByUsername(request.username().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new BusinessRuleException("username", "Cet identifiant est déjà pris.");
        }
        if (repository.findByEmail(request.email().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new BusinessRuleException("email", "Un compte existe déjà pour cette adresse e-mail : connectez-vous, ou utilisez "
                    + "« Mot de passe oublié ».");
        }
        PasswordPolicy.require(request.password());
        Account account = repository.save(Account.register(request, passwordEncoder.encode(request.password()), Instant.now(clock)));
        repository.flush();
        Actor actor = account.actor();
        audit.recordBy(actor.username(), AUDITED, actor.accountId(), "INSCRIPTION", "Compte ouvert par son titulaire : " + actor.username(),
                List.of(new AuditTrail.Change("Rôle", null, actor.role().label()),
                        new AuditTrail.Change("Adresse e-mail", null, "à confirmer")));
        confirmations.issue(account, address);
        return actor;
    }

    /**
     * Erases an account its owner closes themselves (a candidate's; never a back-office account), with its links; the
     * audit trail keeps that it was erased, under its identifier alone. Nothing when it is already gone.
     */
    @Transactional
    public void erase(UUID accountId) {
        repository.findById(accountId).ifPresent(account -> {
            if (account.role().backOffice()) {
                throw new AccessDeniedException("Un compte du back-office n'est pas effacé par son titulaire.");
            }
            audit.recordBy(account.username(), AUDITED, accountId, "EFFACEMENT", "Compte effacé : " + account.username(), List.of());
            repository.delete(account);
            repository.flush();
        });
    }

    /** The self-registered accounts of this role whose e-mail address was never confirmed and that were opened before {@code before}. */
    @Transactional(readOnly = true)
    public List<UUID> unconfirmedSince(Role role, Instant before) {
        return repository.findByRoleAndEmailConfirmedAtIsNullAndCreatedAtBefore(role, before).stream().map(Account::id).toList();
    }
}
