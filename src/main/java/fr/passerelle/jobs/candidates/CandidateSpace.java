package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's own space: registration, the profile and its experiences, the CV file, consents per purpose, and the
 * erasure of everything held on them. Every act takes the {@link Actor} and works on the actor's own profile only
 * ({@link CandidatePermissions}); every change is audited under the candidate's pseudonymous identifier, with the
 * names of the fields changed but not their values, so that an erased candidate leaves no personal data behind.
 */
@Service
class CandidateSpace {

    static final String AUDITED = "candidate";
    /** The largest CV file accepted. */
    static final int MAX_CV_BYTES = 5 * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a candidate's data was erased, as the anonymous counts keep it. */
    enum ErasureReason { REQUEST, INACTIVITY, UNCONFIRMED }

    /** A consent's current state for one purpose: given or not, under which wording version, since when (null if never asked). */
    record ConsentState(ConsentPurpose purpose, boolean given, int wordingVersion, Instant since) {

        public boolean outdated() {
            return given && wordingVersion < purpose.version();
        }
    }

    /** One line of the history of consents. */
    record ConsentEvent(ConsentPurpose purpose, boolean given, int wordingVersion, Instant at) {
    }

    /** The CV file of a candidate. */
    record CvFile(String fileName, byte[] content, int size, Instant uploadedAt) {
    }

    private final CandidateRepository repository;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CandidateSpace(CandidateRepository repository, Accounts accounts, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new identifier for a candidate's account: pseudonymous, so that the audit trail names no one. */
    static String newUsername() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "candidat-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Someone registers as a candidate from this address: an account that logs in once its e-mail address is confirmed,
     * an empty profile, and the consents they ticked, each under the wording version they read.
     */
    @Transactional
    Actor register(String email, String displayName, String password, Set<ConsentPurpose> consents, String address) {
        Actor actor = accounts.register(new NewAccount(newUsername(), email, displayName, password, Role.CANDIDATE, null, null, null, null),
                address);
        Candidate candidate = repository.save(Candidate.open(actor.accountId(), clock.instant()));
        repository.flush();
        for (ConsentPurpose purpose : consents) {
            recordConsent(candidate.id(), purpose, true);
        }
        audit.recordBy(actor.username(), AUDITED, candidate.id(), "INSCRIPTION", "Profil de candidat·e ouvert", consents.stream()
                .map(p -> new AuditTrail.Change("Consentement « " + p.label() + " »", null, "donné (version " + p.version() + ")")).toList());
        return actor;
    }

    /** The candidate's profile, opened empty the first time for an account the administration or the demo opened. */
    @Transactional
    Candidate profile(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        return repository.findByAccountId(actor.accountId()).orElseGet(() -> {
            // Flushed at once: consents, CVs and alerts are then written with SQL referencing it.
            Candidate opened = repository.saveAndFlush(Candidate.open(actor.accountId(), clock.instant()));
            audit.record(AUDITED, opened.id(), "CREATION", "Profil de candidat·e ouvert", List.of());
            return opened;
        });
    }

    /** The candidate opened their space: a sign of life, recorded at most once a day. */
    @Transactional
    void recordVisit(Actor actor) {
        Candidate candidate = profile(actor);
        Instant now = clock.instant();
        if (candidate.lastActivityAt().isBefore(now.minus(java.time.Duration.ofHours(24)))) {
            candidate.recordActivity(now);
        }
    }

    /** The candidate updates their profile, opened at {@code version}. */
    @Transactional
    void update(Actor actor, Candidate.Details details, long version) {
        Candidate candidate = current(actor, version);
        List<String> changed = candidate.update(details, clock.instant());
        flush();
        audit.record(AUDITED, candidate.id(), "PROFIL_MODIFIE", "Profil mis à jour",
                changed.stream().map(field -> new AuditTrail.Change(field, null, "modifié")).toList());
    }

    @Transactional
    void addExperience(Actor actor, Candidate.Experience experience, long version) {
        Candidate candidate = current(actor, version);
        candidate.addExperience(experience, clock.instant());
        flush();
        audit.record(AUDITED, candidate.id(), "EXPERIENCE_AJOUTEE", "Expérience ajoutée", List.of());
    }

    @Transactional
    void removeExperience(Actor actor, int index, long version) {
        Candidate candidate = current(actor, version);
        candidate.removeExperience(index, clock.instant());
        flush();
        audit.record(AUDITED, candidate.id(), "EXPERIENCE_RETIREE", "Expérience retirée", List.of());
    }

    /** The candidate sends their CV (PDF only, {@link #MAX_CV_BYTES} at most); it replaces the one before. */
    @Transactional
    void uploadCv(Actor actor, String fileName, byte[] content) {
        Candidate candidate = profile(actor);
        UploadedFile file;
        try {
            file = UploadedFile.check(fileName, content, MAX_CV_BYTES, Set.of(UploadedFile.FileType.PDF));
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("file", e.getMessage());
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into candidate_cv (candidate_id, file_name, content, size_bytes, uploaded_at) values (?, ?, ?, ?, ?)
                        on conflict (candidate_id) do update set file_name = excluded.file_name, content = excluded.content,
                            size_bytes = excluded.size_bytes, uploaded_at = excluded.uploaded_at""")
                .params(candidate.id(), file.name(), file.content(), file.content().length, Timestamp.from(now)).update();
        candidate.touched(now);
        audit.record(AUDITED, candidate.id(), "CV_DEPOSE", "CV déposé", List.of(new AuditTrail.Change("CV", null, UploadedFile.displaySize(file.size()))));
    }

    /** The actor's own CV file, if they sent one. */
    @Transactional(readOnly = true)
    Optional<CvFile> cv(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        return jdbc.sql("""
                        select c.file_name, c.content, c.size_bytes, c.uploaded_at from candidate_cv c
                        join candidate p on p.id = c.candidate_id where p.account_id = ?""")
                .param(actor.accountId())
                .query((rs, n) -> new CvFile(rs.getString(1), rs.getBytes(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The name, size and date of the actor's CV, without its content. */
    @Transactional(readOnly = true)
    Optional<CvFile> cvSummary(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        return jdbc.sql("""
                        select c.file_name, c.size_bytes, c.uploaded_at from candidate_cv c
                        join candidate p on p.id = c.candidate_id where p.account_id = ?""")
                .param(actor.accountId())
                .query((rs, n) -> new CvFile(rs.getString(1), null, rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    @Transactional
    void removeCv(Actor actor) {
        Candidate candidate = profile(actor);
        if (jdbc.sql("delete from candidate_cv where candidate_id = ?").param(candidate.id()).update() == 0) {
            throw new BusinessRuleException("Vous n'avez pas de CV déposé.");
        }
        candidate.touched(clock.instant());
        audit.record(AUDITED, candidate.id(), "CV_RETIRE", "CV retiré", List.of());
    }

    /** The current state of each purpose for the actor. */
    @Transactional(readOnly = true)
    List<ConsentState> consents(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        return repository.findByAccountId(actor.accountId()).map(c -> consentsOf(c.id()))
                .orElseGet(() -> java.util.Arrays.stream(ConsentPurpose.values()).map(p -> new ConsentState(p, false, p.version(), null)).toList());
    }

    List<ConsentState> consentsOf(UUID candidateId) {
        Map<ConsentPurpose, ConsentState> states = new EnumMap<>(ConsentPurpose.class);
        jdbc.sql("""
                        select distinct on (purpose) purpose, given, wording_version, recorded_at from candidate_consent
                        where candidate_id = ? order by purpose, id desc""")
                .param(candidateId)
                .query((rs, n) -> new ConsentState(ConsentPurpose.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list().forEach(state -> states.put(state.purpose(), state));
        List<ConsentState> all = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            all.add(states.getOrDefault(purpose, new ConsentState(purpose, false, purpose.version(), null)));
        }
        return all;
    }

    /** Every consent given or withdrawn, newest first. */
    @Transactional(readOnly = true)
    List<ConsentEvent> consentHistory(Actor actor) {
        Candidate candidate = profileReadOnly(actor);
        return candidate == null ? List.of() : historyOf(candidate.id());
    }

    List<ConsentEvent> historyOf(UUID candidateId) {
        return jdbc.sql("select purpose, given, wording_version, recorded_at from candidate_consent where candidate_id = ? order by id desc")
                .param(candidateId)
                .query((rs, n) -> new ConsentEvent(ConsentPurpose.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The candidate gives (or gives again, under the current wording) or withdraws their consent to a purpose, at once. */
    @Transactional
    void consent(Actor actor, ConsentPurpose purpose, boolean given) {
        Candidate candidate = profile(actor);
        ConsentState now = consentsOf(candidate.id()).stream().filter(s -> s.purpose() == purpose).findFirst().orElseThrow();
        if (now.given() == given && (!given || !now.outdated())) {
            throw new BusinessRuleException(given ? "Votre consentement à « " + purpose.label() + " » est déjà donné."
                    : "Vous n'avez pas donné votre consentement à « " + purpose.label() + " ».");
        }
        recordConsent(candidate.id(), purpose, given);
        candidate.recordActivity(clock.instant());
        audit.record(AUDITED, candidate.id(), given ? "CONSENTEMENT_DONNE" : "CONSENTEMENT_RETIRE",
                (given ? "Consentement donné : " : "Consentement retiré : ") + purpose.label(),
                List.of(new AuditTrail.Change("Consentement « " + purpose.label() + " »", now.given() ? "donné" : "non donné",
                        given ? "donné (version " + purpose.version() + ")" : "retiré")));
    }

    private void recordConsent(UUID candidateId, ConsentPurpose purpose, boolean given) {
        jdbc.sql("insert into candidate_consent (candidate_id, purpose, wording_version, given, recorded_at) values (?, ?, ?, ?, ?)")
                .params(candidateId, purpose.name(), purpose.version(), given, Timestamp.from(clock.instant())).update();
    }

    /**
     * The candidate erases their account at once: profile, experiences, CV file, consents and account are deleted; the
     * audit trail keeps that a candidate's data was erased, and the anonymous count of erasures one more.
     */
    @Transactional
    void eraseOwnAccount(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        erase(actor.accountId(), ErasureReason.REQUEST);
    }

    /** Erases everything held on the candidate of this account, for this reason; counted anonymously. */
    @Transactional
    void erase(UUID accountId, ErasureReason reason) {
        Optional<Candidate> candidate = repository.findByAccountId(accountId);
        candidate.ifPresent(c -> {
            audit.recordBy("effacement", AUDITED, c.id(), "EFFACEMENT", "Données de la candidate ou du candidat effacées ("
                    + switch (reason) {
                        case REQUEST -> "à sa demande";
                        case INACTIVITY -> "après deux ans sans activité";
                        case UNCONFIRMED -> "adresse e-mail jamais confirmée";
                    } + ")", List.of());
            repository.delete(c);
            repository.flush();
        });
        accounts.erase(accountId);
        LocalDate month = LocalDate.now(clock.withZone(Times.current().zone())).withDayOfMonth(1);
        jdbc.sql("""
                        insert into candidate_erasure_count (month, reason, erased) values (?, ?, 1)
                        on conflict (month, reason) do update set erased = candidate_erasure_count.erased + 1""")
                .params(month, reason.name()).update();
    }

    private Candidate current(Actor actor, long version) {
        Candidate candidate = profile(actor);
        if (candidate.version() != version) {
            throw stale();
        }
        return candidate;
    }

    private Candidate profileReadOnly(Actor actor) {
        CandidatePermissions.requireCandidate(actor);
        return repository.findByAccountId(actor.accountId()).orElse(null);
    }

    private void flush() {
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private static BusinessRuleException stale() {
        return new BusinessRuleException("Votre profil a été modifié entre-temps (dans un autre onglet ?) : rechargez la page pour "
                + "repartir de sa dernière version. Ce que vous avez saisi est conservé ci-dessous.");
    }
}
