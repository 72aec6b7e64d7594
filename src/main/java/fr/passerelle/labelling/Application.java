package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A dossier of the label lifecycle (« dossier de candidature »): its step in the review chain and the acts that move
 * it, each guarding its own preconditions and registering what happened as a past-tense event. What hangs off the
 * dossier (texts, attachments, opinions, reviews, navettes, decision) is stored beside it by {@link ApplicationRecords};
 * the acts receive the facts they need from there and say what to store.
 */
@Entity
@Table(name = "application")
class Application extends AbstractAggregateRoot<Application> {

    /** A label lasts four years from the decision. */
    static final int LABEL_YEARS = 4;
    static final String CONFLICT = "Ce dossier a changé pendant votre saisie (une autre personne l'a modifié ou il a avancé d'une étape) : "
            + "rechargez la page ; ce que vous avez saisi n'a pas été enregistré.";

    @Id
    private UUID id;
    private UUID callId;
    private UUID campusId;
    @Enumerated(EnumType.STRING)
    private ApplicationView.Kind kind;
    @Enumerated(EnumType.STRING)
    private LabelCategory category;
    private String projectName;
    /** The main sector; a multi-sector project's others are in {@link #otherSectors}. */
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @ElementCollection
    @CollectionTable(name = "application_other_sector", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    private Set<Sector> otherSectors = new HashSet<>();
    private String regionCode;
    /** The main académie; those of a campus common to several académies are in {@link #otherAcademyCodes}. */
    private String academyCode;
    @ElementCollection
    @CollectionTable(name = "application_other_academy", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "academy_code")
    private Set<String> otherAcademyCodes = new HashSet<>();
    private UUID previousId;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    private int round;
    private String createdBy;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant statusSince;
    private LocalDate dueOn;
    @Version
    private long version;

    protected Application() {
    }

    /** What a call says about when and in which categories it takes dossiers. */
    record CallTerms(String title, boolean published, LocalDate opensOn, LocalDate closesOn, boolean standardOpen, boolean excellenceOpen) {

        static CallTerms of(CallView call) {
            return new CallTerms(call.title(), call.published(), call.opensOn(), call.closesOn(), call.standardOpen(), call.excellenceOpen());
        }
    }

    /**
     * Where a dossier comes from: the campus (or project) it is for, in which category, and the dossier it follows; its
     * main sector and académie, and the others (a campus of several sectors, common to several académies of its région).
     */
    record Origin(UUID campusId, ApplicationView.Kind kind, LabelCategory category, String projectName, Sector sector, String regionCode,
                  String academyCode, UUID previousId, List<Sector> otherSectors, List<String> otherAcademyCodes) {

        Origin {
            otherSectors = otherSectors == null ? List.of() : otherSectors.stream().filter(s -> s != null && s != sector).distinct().toList();
            otherAcademyCodes = otherAcademyCodes == null ? List.of()
                    : otherAcademyCodes.stream().filter(a -> a != null && !a.equals(academyCode)).distinct().toList();
        }

        /** A campus (or project) of one sector and one académie. */
        Origin(UUID campusId, ApplicationView.Kind kind, LabelCategory category, String projectName, Sector sector, String regionCode,
               String academyCode, UUID previousId) {
            this(campusId, kind, category, projectName, sector, regionCode, academyCode, previousId, List.of(), List.of());
        }

        /** Every académie, the main one first. */
        List<String> academyCodes() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(academyCode), otherAcademyCodes.stream()).toList();
        }

        /** What the project of a new campus must name: itself, in 255 characters at most, and its sector. */
        static void checkProject(String projectName, Sector sector) {
            if (projectName == null || projectName.isBlank()) {
                throw new BusinessRuleException("projectName", "Donnez le nom du projet de campus.");
            }
            if (fr.passerelle.platform.Text.longerThan(projectName, 255)) {
                throw new BusinessRuleException("projectName", fr.passerelle.platform.Text.tooLong("Le nom du projet", projectName, 255));
            }
            if (sector == null) {
                throw new BusinessRuleException("sector", "Choisissez la filière du projet.");
            }
        }
    }

    /** Opens a dossier in draft for a published call that has not closed, in a category the call is open to. */
    static Application open(UUID callId, CallTerms call, Origin origin, String openedBy, Clock clock) {
        if (!call.published()) {
            throw new BusinessRuleException("callId", "Choisissez un appel à projets publié.");
        }
        if (LocalDate.now(clock).isAfter(call.closesOn())) {
            throw new BusinessRuleException("callId", "L'appel « " + call.title() + " » est clos depuis le " + CallView.DAY.format(call.closesOn())
                    + " : il n'accepte plus de dossier.");
        }
        if (origin.category() == null) {
            throw new BusinessRuleException("category", "Choisissez la catégorie visée.");
        }
        if (origin.category() == LabelCategory.STANDARD && !call.standardOpen() || origin.category() == LabelCategory.EXCELLENCE && !call.excellenceOpen()) {
            throw new BusinessRuleException("category", "Cet appel n'est pas ouvert à la catégorie " + origin.category().label() + ".");
        }
        return draft(UUID.randomUUID(), callId, origin, openedBy, clock);
    }

    private static Application draft(UUID id, UUID callId, Origin origin, String openedBy, Clock clock) {
        Application application = new Application();
        application.id = id;
        application.callId = callId;
        application.campusId = origin.campusId();
        application.kind = origin.kind();
        application.category = origin.category();
        application.projectName = origin.projectName();
        application.sector = origin.sector();
        application.otherSectors.addAll(origin.otherSectors());
        application.regionCode = origin.regionCode();
        application.academyCode = origin.academyCode();
        application.otherAcademyCodes.addAll(origin.otherAcademyCodes());
        application.previousId = origin.previousId();
        application.status = ApplicationStatus.DRAFT;
        application.createdBy = openedBy;
        application.createdAt = Instant.now(clock);
        application.statusSince = application.createdAt;
        return application;
    }

    // --- the promoters ----------------------------------------------------------------------------------------------

    /** Refuses any change to the texts and attachments unless the dossier is in the promoters' hands. */
    void checkWritable() {
        if (!ApplicationAct.WRITE.possibleAt(status, progressReport())) {
            throw new BusinessRuleException(null, "Le dossier est à l'étape « " + status.label() + " » : il ne se modifie plus.");
        }
    }

    /** Refuses a change to the promoters' team once the dossier is closed. */
    void checkTeamOpen() {
        if (!ApplicationAct.MANAGE_TEAM.possibleAt(status, progressReport())) {
            throw new BusinessRuleException("accountId", ApplicationAct.MANAGE_TEAM.refusal());
        }
    }

    /**
     * Submits the dossier: the first time while the call is open (a progress report, at any time), complete; after a
     * request for changes, complete and with the promoters' answer. A dossier (not a progress report) names its
     * operational director with the mission letter signed by the recteur, or records the commitment to recruit one.
     * Returns the number of the version submitted.
     */
    int submit(long expectedVersion, CallTerms call, List<String> missing, ApplicationParts.Direction direction, String answer, Clock clock) {
        checkWritable();
        boolean firstRound = status == ApplicationStatus.DRAFT;
        LocalDate today = LocalDate.now(clock);
        if (firstRound && !progressReport() && today.isAfter(call.closesOn())) {
            throw new BusinessRuleException(null, "L'appel à projets est clos depuis le " + CallView.DAY.format(call.closesOn())
                    + " : le dépôt n'est plus possible. Le dossier reste enregistré en brouillon.");
        }
        if (firstRound && !progressReport() && today.isBefore(call.opensOn())) {
            throw new BusinessRuleException(null, "L'appel à projets ouvre le " + CallView.DAY.format(call.opensOn())
                    + " : le dépôt sera possible à partir de cette date.");
        }
        List<String> lackingDirection = progressReport() ? List.of() : direction.lacking();
        if (!lackingDirection.isEmpty()) {
            throw new BusinessRuleException("direction", "Le dossier ne peut pas être déposé. " + String.join(" ", lackingDirection)
                    + (missing.isEmpty() ? "" : " Il manque aussi " + missing.size() + " autre(s) élément(s) (voir la liste)."));
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException(null, "Le dossier est incomplet : " + missing.size() + " élément(s) manquent (voir la liste).");
        }
        if (!firstRound && (answer == null || answer.isBlank())) {
            throw new BusinessRuleException("answer", "Répondez aux demandes des experts : dites ce que la nouvelle version change.");
        }
        checkVersion(expectedVersion);
        round++;
        if (submittedAt == null) {
            submittedAt = Instant.now(clock);
        }
        if (firstRound && !progressReport()) {
            enter(ApplicationStatus.SUBMITTED, clock);
            registerEvent(new ApplicationSubmitted(id));
        } else if (firstRound) {
            enter(ApplicationStatus.EXPERT_REVIEW, clock);
            registerEvent(new ProgressReportSubmitted(id, round));
        } else {
            enter(ApplicationStatus.EXPERT_REVIEW, clock);
            registerEvent(new ApplicationResubmitted(id, round));
        }
        return round;
    }

    // --- opinions -----------------------------------------------------------------------------------------------------

    /** An opinion to store, at the round it was given for. */
    record OpinionGiven(OpinionBody body, int round, Verdict verdict, LocalDate givenOn, String reasons) {
    }

    /** Where the experts stand on the current round: those assigned who did not decline, and those whose review is still awaited. */
    record ExpertProgress(int active, List<String> waiting) {
        /** Every expert still on the dossier has handed in their review, and there is at least one. */
        public boolean done() {
            return active > 0 && waiting.isEmpty();
        }
    }

    /**
     * Records an opinion of the CAEN, the Crefop, the expert group (its synthesis) or the CNEE, each at its step: the
     * second regional opinion sends the dossier to the experts, the synthesis to the CNEE (or closes a progress
     * report), the CNEE's opinion to the decision. {@code recorded} holds the bodies whose opinion is already stored
     * for the round.
     */
    OpinionGiven recordOpinion(long expectedVersion, OpinionBody body, Verdict verdict, LocalDate givenOn, String reasons,
                               Set<OpinionBody> recorded, ExpertProgress experts, Clock clock) {
        switch (body) {
            case CAEN, CREFOP -> {
                if (progressReport()) {
                    throw new BusinessRuleException("body", "Un rapport d'étape ne passe pas devant le CAEN ni le Crefop.");
                }
                require(ApplicationAct.RECORD_REGIONAL_OPINION);
            }
            case EXPERT_GROUP -> {
                require(ApplicationAct.RECORD_SYNTHESIS);
                if (experts.active() < 2) {
                    throw new BusinessRuleException(null, "Au moins deux experts doivent expertiser le dossier avant la synthèse.");
                }
                if (!experts.waiting().isEmpty()) {
                    throw new BusinessRuleException(null, "Expertises attendues avant la synthèse : " + String.join(", ", experts.waiting()) + ".");
                }
            }
            case CNEE -> {
                if (progressReport()) {
                    throw new BusinessRuleException("body", "Un rapport d'étape n'est pas soumis au CNEE : la synthèse des experts le clôt.");
                }
                require(ApplicationAct.RECORD_CNEE_OPINION);
            }
        }
        if (verdict == null) {
            throw new BusinessRuleException("verdict", "Choisissez le sens de l'avis.");
        }
        if (givenOn == null) {
            throw new BusinessRuleException("givenOn", "Indiquez la date de l'avis.");
        }
        if (givenOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("givenOn", "La date de l'avis ne peut pas être dans le futur.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleException("reasons", "Motivez l'avis.");
        }
        if (recorded.contains(body)) {
            throw new BusinessRuleException("body", "L'avis " + body.label() + " est déjà enregistré pour ce dossier.");
        }
        checkVersion(expectedVersion);
        switch (body) {
            case CAEN, CREFOP -> {
                if (recorded.stream().anyMatch(b -> b.regional() && b != body)) {
                    enter(ApplicationStatus.EXPERT_REVIEW, clock);
                    registerEvent(new RegionalOpinionsRecorded(id));
                }
            }
            case EXPERT_GROUP -> {
                if (progressReport()) {
                    enter(ApplicationStatus.REVIEWED, clock);
                    registerEvent(new ProgressReportReviewed(id));
                } else {
                    enter(ApplicationStatus.AWAITING_CNEE, clock);
                    registerEvent(new SynthesisRecorded(id));
                }
            }
            case CNEE -> {
                enter(ApplicationStatus.AWAITING_DECISION, clock);
                registerEvent(new CneeOpinionRecorded(id));
            }
        }
        return new OpinionGiven(body, body.regional() ? 1 : round, verdict, givenOn, reasons.strip());
    }

    // --- experts ------------------------------------------------------------------------------------------------------

    /**
     * Assigns experts: between the submission and the synthesis, two at least once done. {@code assigned} holds the
     * experts assigned before (declined or not), {@code active} how many of them did not decline. Returns the experts
     * newly assigned.
     */
    List<UUID> assignExperts(List<UUID> expertIds, Set<UUID> assigned, long active) {
        if (!ApplicationAct.ASSIGN_EXPERTS.possibleAt(status, progressReport())) {
            throw new BusinessRuleException("expertIds", ApplicationAct.ASSIGN_EXPERTS.refusal());
        }
        if (expertIds == null || expertIds.isEmpty()) {
            throw new BusinessRuleException("expertIds", "Choisissez au moins un expert.");
        }
        List<UUID> added = expertIds.stream().distinct().filter(e -> !assigned.contains(e)).toList();
        long activeAfter = active + added.size();
        if (activeAfter < 2) {
            throw new BusinessRuleException("expertIds", "Un dossier s'expertise par au moins deux experts : " + activeAfter + " affecté(s) à ce jour.");
        }
        if (!added.isEmpty()) {
            registerEvent(new ExpertsAssigned(id, List.copyOf(expertIds)));
        }
        return added;
    }

    /** Refuses scores unless the dossier is in expert review. */
    void checkScoring() {
        if (!ApplicationAct.SCORE.possibleAt(status, progressReport())) {
            throw new BusinessRuleException(null, ApplicationAct.SCORE.refusal());
        }
    }

    /** Sends the dossier back to its promoters with the reviewers' requests (a navette). */
    void requestChanges(long expectedVersion, String request, Clock clock) {
        require(ApplicationAct.REQUEST_CHANGES);
        if (request == null || request.isBlank()) {
            throw new BusinessRuleException("request", "Écrivez les recommandations et les compléments demandés aux porteurs.");
        }
        checkVersion(expectedVersion);
        enter(ApplicationStatus.CHANGES_REQUESTED, clock);
        registerEvent(new ChangesRequested(id, round));
    }

    // --- decision -----------------------------------------------------------------------------------------------------

    /** The interministerial decision, as stored. */
    record Decision(boolean granted, LabelCategory category, LocalDate decidedOn, String reference, LocalDate validUntil, String reasons) {
    }

    /**
     * Records the interministerial decision after the CNEE's opinion: granted, for four years from the decision and in
     * the category asked (Excellence only when asked); refused, with its reasons. The decision's reference (its number in
     * the ministry's register), when given, is quoted on the certificate. The campus of a new project is
     * created by the registry, then given with {@link #labelled(UUID)}.
     */
    Decision decide(long expectedVersion, boolean granted, LabelCategory requested, LocalDate decidedOn, String reference, String reasons,
                    Clock clock) {
        require(ApplicationAct.DECIDE);
        if (decidedOn == null) {
            throw new BusinessRuleException("decidedOn", "Indiquez la date de la décision.");
        }
        if (decidedOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decidedOn", "La date de la décision ne peut pas être dans le futur.");
        }
        if (!granted && (reasons == null || reasons.isBlank())) {
            throw new BusinessRuleException("reasons", "Motivez le refus : les porteurs en reçoivent les raisons.");
        }
        LabelCategory finalCategory = granted ? (requested == null ? category : requested) : null;
        if (finalCategory == LabelCategory.EXCELLENCE && category != LabelCategory.EXCELLENCE) {
            throw new BusinessRuleException("category", "La catégorie Excellence ne s'accorde qu'à un dossier qui y candidatait.");
        }
        checkVersion(expectedVersion);
        LocalDate validUntil = granted ? decidedOn.plusYears(LABEL_YEARS) : null;
        enter(granted ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED, clock);
        registerEvent(granted ? new LabelGranted(id) : new LabelRefused(id));
        return new Decision(granted, finalCategory, decidedOn, reference == null || reference.isBlank() ? null : reference.strip(), validUntil,
                reasons == null || reasons.isBlank() ? null : reasons.strip());
    }

    /** The campus created in the registry for a new project whose label was granted. */
    void labelled(UUID createdCampusId) {
        if (status != ApplicationStatus.GRANTED || campusId != null) {
            throw new IllegalStateException("Only a granted project without a campus gets one");
        }
        this.campusId = createdCampusId;
    }

    // --- plumbing -----------------------------------------------------------------------------------------------------

    /** Refuses an act the dossier's step does not allow, saying at which step it is. */
    private void require(ApplicationAct act) {
        if (!act.possibleAt(status, progressReport())) {
            throw new BusinessRuleException(null, act.refusal() + " Le dossier est à l'étape « " + status.label() + " ».");
        }
    }

    /** Refuses an act based on a page older than the dossier (someone changed or moved it meanwhile). */
    void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new BusinessRuleException(null, CONFLICT);
        }
    }

    private void enter(ApplicationStatus next, Clock clock) {
        this.status = next;
        this.statusSince = Instant.now(clock);
    }

    /** The events registered by the acts and not published yet. */
    List<Object> recordedEvents() {
        return List.copyOf(domainEvents());
    }

    boolean progressReport() {
        return kind == ApplicationView.Kind.PROGRESS_REPORT;
    }

    UUID id() {
        return id;
    }

    UUID callId() {
        return callId;
    }

    UUID campusId() {
        return campusId;
    }

    ApplicationStatus status() {
        return status;
    }

    int round() {
        return round;
    }

    long version() {
        return version;
    }

    String projectName() {
        return projectName;
    }

    LabelCategory category() {
        return category;
    }

    Sector sector() {
        return sector;
    }

    String regionCode() {
        return regionCode;
    }

    String academyCode() {
        return academyCode;
    }

    /** The other sectors, in a stable order. */
    List<Sector> otherSectors() {
        return otherSectors.stream().sorted().toList();
    }

    /** The other académies, in a stable order. */
    List<String> otherAcademyCodes() {
        return otherAcademyCodes.stream().sorted().toList();
    }

    ApplicationView.Kind kind() {
        return kind;
    }

    List<Criterion> criteria() {
        return Criterion.forCategory(category == LabelCategory.EXCELLENCE);
    }
}
