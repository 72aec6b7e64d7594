package fr.passerelle.indicators.regional;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.RegionalReviews;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Region;
import fr.passerelle.territory.Territories;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The regional strategic committee's yearly review of the région's campuses. Each act checks who acts
 * ({@link ReviewPermissions}), the version the page was opened with, lets the aggregate check its state, and is audited
 * on the review. The validation of the indicators keeps a snapshot of every value ({@link IndicatorSnapshots}), closes
 * the review and tells the directors of the région's campuses.
 */
@Service
class RegionalReviewService implements RegionalReviews {

    static final String AUDITED = "regional_review";
    static final int REASON_MAX = 2000;
    static final String STALE = "Cette revue a été modifiée par quelqu’un d’autre pendant votre saisie : rechargez la page pour voir sa "
            + "version actuelle. Rien n’a été enregistré.";
    static final Notice.Category CLOSED = new Notice.Category("REVUE_REGIONALE_CLOSE", "Revue annuelle du comité stratégique régional");

    private final ReviewRepository reviews;
    private final AppreciationRepository appreciations;
    private final IndicatorSnapshots snapshots;
    private final CampusRegistry registry;
    private final Territories territories;
    private final CoPiloting coPiloting;
    private final CampusIndicators indicators;
    private final IndicatorCatalogue catalogue;
    private final SelfEvaluations selfEvaluations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    RegionalReviewService(ReviewRepository reviews, AppreciationRepository appreciations, IndicatorSnapshots snapshots, CampusRegistry registry,
                          Territories territories, CoPiloting coPiloting, CampusIndicators indicators, IndicatorCatalogue catalogue,
                          SelfEvaluations selfEvaluations, Accounts accounts, Notifications notifications, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.appreciations = appreciations;
        this.snapshots = snapshots;
        this.registry = registry;
        this.territories = territories;
        this.coPiloting = coPiloting;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.selfEvaluations = selfEvaluations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    Clock clock() {
        return Replay.clockOr(clock);
    }

    @Override
    public <T> T replayedAt(Clock at, Supplier<T> acts) {
        return Replay.at(at, acts);
    }

    // ---- who acts

    ReviewPermissions.Place placeOf(Actor actor) {
        String academyRegion = actor.academyCode() == null ? null : territories.academy(actor.academyCode()).map(Academy::regionCode).orElse(null);
        String campusRegion = actor.campusId() == null ? null : registry.byId(actor.campusId()).map(CampusCard::regionCode).orElse(null);
        return new ReviewPermissions.Place(academyRegion, campusRegion);
    }

    /** The région, for those who read its reviews; 404 when unknown, refused to the others. */
    Region requireReader(Actor actor, String regionCode) {
        Region region = territories.region(regionCode == null ? "" : regionCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ReviewPermissions.canRead(actor, region.code(), placeOf(actor))) {
            throw new AccessDeniedException("Les revues du comité stratégique régional sont réservées aux co-pilotes de la région, aux référents "
                    + "académiques de ses académies, aux directions de ses campus et à l’administration nationale.");
        }
        return region;
    }

    /** The région, for those who record its reviews; refused to the others. */
    Region requireRecorder(Actor actor, String regionCode) {
        Region region = requireReader(actor, regionCode);
        if (!ReviewPermissions.canRecord(actor, region.code())) {
            throw new AccessDeniedException("Seuls les co-pilotes de la région et l’administration nationale préparent la revue et enregistrent "
                    + "les actes du comité stratégique régional.");
        }
        return region;
    }

    boolean mayRead(Actor actor, String regionCode) {
        return ReviewPermissions.canRead(actor, regionCode, placeOf(actor));
    }

    // ---- reading

    /** A year of the région's reviews, as the list shows it. */
    record YearLine(int year, RegionalReview.Status status, String meetingText, String closedText) {
    }

    /** The years the reader may open: the review of each of the last five years, prepared or not, and any older one. */
    @Transactional(readOnly = true)
    List<YearLine> years(Actor actor, String regionCode) {
        Region region = requireReader(actor, regionCode);
        Map<Integer, RegionalReview> byYear = new HashMap<>();
        reviews.findByRegionCodeOrderByYearDesc(region.code()).forEach(r -> byYear.put(r.year(), r));
        Set<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        int now = LocalDate.now(clock.withZone(Times.current().zone())).getYear();
        for (int y = now; y > now - 5; y--) {
            years.add(y);
        }
        years.addAll(byYear.keySet());
        return years.stream().map(y -> {
            RegionalReview r = byYear.get(y);
            return r == null ? new YearLine(y, null, null, null)
                    : new YearLine(y, r.status(), r.meetingText(), r.closedAt() == null ? null : Times.current().dateTime(r.closedAt()));
        }).toList();
    }

    @Transactional(readOnly = true)
    ReviewView view(Actor actor, String regionCode, int year) {
        Region region = requireReader(actor, regionCode);
        requireYear(year);
        ReviewPermissions.Place place = placeOf(actor);
        boolean records = ReviewPermissions.canRecord(actor, region.code());
        RegionalReview review = reviews.findByRegionCodeAndYear(region.code(), year).orElse(null);
        List<CampusCard> all = campuses(region.code(), review);
        List<CampusCard> shown = all.stream().filter(c -> ReviewPermissions.seesCampus(actor, region.code(), place, c.id())).toList();
        Map<UUID, CampusAppreciation> byCampus = review == null ? Map.of()
                : appreciations.findByReviewId(review.id()).stream().collect(Collectors.toMap(CampusAppreciation::campusId, a -> a));
        List<IndicatorSnapshots.Validation> validations = review == null ? List.of() : snapshots.of(review.id());
        Map<UUID, Map<String, IndicatorSnapshots.Value>> validated = new HashMap<>();
        if (review != null && review.closed()) {
            validations.stream().filter(IndicatorSnapshots.Validation::current).findFirst().ifPresent(v -> snapshots
                    .values(v.id(), shown.stream().map(CampusCard::id).toList())
                    .forEach(x -> validated.computeIfAbsent(x.campusId(), k -> new HashMap<>()).put(x.indicatorCode(), x)));
        }
        Map<UUID, SelfEvaluations.Summary> evaluations = selfEvaluations.summariesOf(shown.stream().map(CampusCard::id).toList(), year);
        List<ReviewView.CampusLine> lines = new ArrayList<>();
        for (CampusCard campus : shown) {
            boolean unmasked = ReviewPermissions.seesMaskedValues(actor, region.code(), campus.id());
            SelfEvaluations.Summary e = evaluations.get(campus.id());
            CampusAppreciation a = byCampus.get(campus.id());
            lines.add(new ReviewView.CampusLine(campus, campus.labelValidUntil(),
                    e == null ? null : new ReviewView.SelfEvaluationLine(e.status(), e.validated(), e.ratings()),
                    figures(campus.id(), year, unmasked, validated.get(campus.id())),
                    a == null ? null : new ReviewView.AppreciationLine(a.appreciation(), a.comment(), a.recommendations(), a.version(),
                            a.recordedBy(), a.recordedAt())));
        }
        List<ReviewView.MeetingOption> meetings = records ? meetingOptions(actor, region.code(), year) : List.of();
        boolean open = review == null || !review.closed();
        return new ReviewView(region, year, review == null ? null : new ReviewView.Review(review.id(), review.status(), review.meetingId(),
                review.meetingText(), review.conclusion(), review.version(), review.closedAt(), review.closedBy()),
                lines, all.size() - shown.size(), meetings,
                validations.stream().map(v -> new ReviewView.ValidationLine(v.id(), v.validatedAt(), v.validatedBy(), v.meetingText(), v.values(),
                        v.reopenedAt(), v.reopenedBy(), v.reopenReason())).toList(),
                new ReviewView.May(records && open, records && review != null && open, records && review != null && review.closed()));
    }

    /** Every campus of the région under review: those labelled, and those the committee already appreciated. */
    private List<CampusCard> campuses(String regionCode, RegionalReview review) {
        Set<UUID> appreciated = review == null ? Set.of()
                : appreciations.findByReviewId(review.id()).stream().map(CampusAppreciation::campusId).collect(Collectors.toSet());
        Collator french = Collator.getInstance(Locale.FRENCH);
        return registry.all().stream().filter(c -> regionCode.equals(c.regionCode()))
                .filter(c -> c.labelStatus() == LabelStatus.LABELLED || appreciated.contains(c.id()))
                .sorted(Comparator.comparing(CampusCard::name, french)).toList();
    }

    private List<ReviewView.Figure> figures(UUID campusId, int year, boolean unmasked, Map<String, IndicatorSnapshots.Value> validated) {
        Map<String, IndicatorDefinition> definitions = catalogue.tracked(campusId).stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Map<String, IndicatorValue> current = indicators.valuesOf(campusId, year).stream().collect(Collectors.toMap(IndicatorValue::code, v -> v, (a, b) -> a));
        Map<String, IndicatorValue> previous = indicators.valuesOf(campusId, year - 1).stream().collect(Collectors.toMap(IndicatorValue::code, v -> v, (a, b) -> a));
        List<ReviewView.Figure> figures = new ArrayList<>();
        for (IndicatorDefinition d : definitions.values()) {
            IndicatorValue live = current.get(d.code());
            IndicatorSnapshots.Value kept = validated == null ? null : validated.get(d.code());
            java.math.BigDecimal now = kept != null ? kept.value() : live == null ? null : live.value();
            boolean nowMasked = kept != null ? kept.masked() : live != null && live.masked();
            IndicatorValue before = previous.get(d.code());
            boolean beforeMasked = before != null && before.masked();
            boolean hideNow = nowMasked && !unmasked;
            boolean hideBefore = beforeMasked && !unmasked;
            figures.add(new ReviewView.Figure(d.code(), d.name(), d.theme(),
                    hideNow ? Figures.masked(d.maskBelow()) : Figures.value(now, d.unit()),
                    hideBefore ? Figures.masked(d.maskBelow()) : Figures.value(before == null ? null : before.value(), d.unit()),
                    Figures.trend(now, before == null ? null : before.value(), hideNow || hideBefore)));
        }
        return figures;
    }

    private List<ReviewView.MeetingOption> meetingOptions(Actor actor, String regionCode, int year) {
        LocalDateTime now = LocalDateTime.now(clock().withZone(Times.current().zone()));
        return coPiloting.meetings(actor, regionCode, BodyKind.REGIONAL_STRATEGIC_COMMITTEE, year).stream()
                .map(m -> new ReviewView.MeetingOption(m.id(), meetingText(m), m.cancelled(), !m.startsAt().isAfter(now))).toList();
    }

    static String meetingText(CoPiloting.RegionalMeeting m) {
        return m.bodyName() + " — " + Times.current().dayDate(m.startsAt()) + " à " + Times.current().time(m.startsAt())
                + (m.cancelled() ? " (annulée)" : "");
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    // ---- acts

    @Override
    @Transactional
    public UUID holdAt(Actor actor, String regionCode, int year, UUID meetingId) {
        Optional<RegionalReview> existing = reviews.findByRegionCodeAndYear(regionCode, year);
        return holdAt(actor, regionCode, year, existing.map(RegionalReview::version).orElse(null), meetingId);
    }

    /** Prepares the review at the chosen meeting, or moves an open review to another meeting of the year. */
    @Transactional
    UUID holdAt(Actor actor, String regionCode, int year, Long expectedVersion, UUID meetingId) {
        Region region = requireRecorder(actor, regionCode);
        requireYear(year);
        CoPiloting.RegionalMeeting meeting = committeeMeeting(actor, region.code(), year, meetingId);
        String text = meetingText(meeting);
        Optional<RegionalReview> existing = reviews.findByRegionCodeAndYear(region.code(), year);
        if (existing.isEmpty()) {
            RegionalReview review = RegionalReview.prepare(region.code(), year, meeting.id(), text, actor.displayName(), clock());
            save(review);
            audit.record(AUDITED, review.id(), "REVUE_PREPAREE", "Revue " + year + " des campus de la région " + region.name() + " préparée",
                    List.of(new AuditTrail.Change("Réunion du comité", null, text)));
            return review.id();
        }
        RegionalReview review = atVersion(existing.get(), expectedVersion);
        String before = review.meetingText();
        review.holdAt(meeting.id(), text);
        if (!java.util.Objects.equals(before, text)) {
            audit.record(AUDITED, review.id(), "REVUE_REUNION", "Revue " + year + " tenue à une autre réunion du comité",
                    List.of(new AuditTrail.Change("Réunion du comité", before, text)));
            save(review);
        }
        return review.id();
    }

    /** A meeting of the région's strategic committee in the year, not cancelled; refused otherwise, on the meeting field. */
    private CoPiloting.RegionalMeeting committeeMeeting(Actor actor, String regionCode, int year, UUID meetingId) {
        if (meetingId == null) {
            throw new BusinessRuleException("meetingId", "Choisissez la réunion du comité stratégique régional où la revue est tenue.");
        }
        CoPiloting.RegionalMeeting meeting = coPiloting.meetings(actor, regionCode, BodyKind.REGIONAL_STRATEGIC_COMMITTEE, year).stream()
                .filter(m -> m.id().equals(meetingId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("meetingId", "Choisissez une réunion " + year + " du comité stratégique régional de la région."));
        if (meeting.cancelled()) {
            throw new BusinessRuleException("meetingId", "Cette réunion du comité est annulée : choisissez-en une autre.");
        }
        return meeting;
    }

    @Override
    @Transactional
    public void appreciate(Actor actor, String regionCode, int year, UUID campusId, CommitteeAppreciation appreciation, String comment,
                           String recommendations) {
        RegionalReview review = find(regionCode, year);
        Long version = appreciations.findByReviewIdAndCampusId(review.id(), campusId).map(CampusAppreciation::version).orElse(null);
        appreciate(actor, regionCode, year, campusId, version, appreciation, comment, recommendations);
    }

    /**
     * Records the committee's appreciation of a campus, on the version of the appreciation the form was opened with
     * (null when there was none yet).
     */
    @Transactional
    void appreciate(Actor actor, String regionCode, int year, UUID campusId, Long expectedVersion, CommitteeAppreciation appreciation,
                    String comment, String recommendations) {
        Region region = requireRecorder(actor, regionCode);
        RegionalReview review = find(region.code(), year);
        review.requireOpen();
        CampusCard campus = campuses(region.code(), review).stream().filter(c -> c.id().equals(campusId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<CampusAppreciation> existing = appreciations.findByReviewIdAndCampusId(review.id(), campusId);
        if (existing.isPresent() && (expectedVersion == null || existing.get().version() != expectedVersion)
                || existing.isEmpty() && expectedVersion != null) {
            throw new ConcurrentEditException(STALE);
        }
        CampusAppreciation a = existing.orElseGet(() -> CampusAppreciation.of(review.id(), campusId));
        var diff = new AuditTrail.Diff().field("Appréciation", a.appreciation() == null ? null : a.appreciation().label(),
                appreciation == null ? null : appreciation.label());
        String commentBefore = a.comment();
        String recommendationsBefore = a.recommendations();
        if (a.record(appreciation, comment, recommendations, actor.displayName(), clock())) {
            diff.field("Commentaire", commentBefore, a.comment()).field("Recommandations", recommendationsBefore, a.recommendations());
            flush(() -> appreciations.saveAndFlush(a));
            audit.record(AUDITED, review.id(), "CAMPUS_APPRECIE", "Revue " + year + " : appréciation du campus « " + campus.name() + " »",
                    diff.changes());
        }
    }

    @Override
    @Transactional
    public void conclude(Actor actor, String regionCode, int year, String conclusion) {
        conclude(actor, regionCode, year, find(regionCode, year).version(), conclusion);
    }

    @Transactional
    void conclude(Actor actor, String regionCode, int year, long expectedVersion, String conclusion) {
        Region region = requireRecorder(actor, regionCode);
        RegionalReview review = atVersion(find(region.code(), year), expectedVersion);
        String before = review.conclusion();
        review.conclude(conclusion);
        if (!java.util.Objects.equals(before, review.conclusion())) {
            audit.record(AUDITED, review.id(), "REVUE_CONCLUSION", "Revue " + year + " : conclusion du comité pour la région",
                    List.of(new AuditTrail.Change("Conclusion", before, review.conclusion())));
            save(review);
        }
    }

    @Override
    @Transactional
    public void validate(Actor actor, String regionCode, int year) {
        validate(actor, regionCode, year, find(regionCode, year).version());
    }

    /**
     * The committee validates the indicators of the year: every campus appreciated, the conclusion written, the meeting
     * held; a snapshot of every tracked indicator's value per campus is kept, the review is closed and the directors of
     * the région's campuses are told.
     */
    @Transactional
    void validate(Actor actor, String regionCode, int year, long expectedVersion) {
        Region region = requireRecorder(actor, regionCode);
        RegionalReview review = atVersion(find(region.code(), year), expectedVersion);
        review.requireOpen();
        CoPiloting.RegionalMeeting meeting = coPiloting.meetings(actor, region.code(), BodyKind.REGIONAL_STRATEGIC_COMMITTEE, year).stream()
                .filter(m -> m.id().equals(review.meetingId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("La réunion du comité où la revue est tenue n’existe plus : choisissez-en une autre."));
        if (meeting.cancelled()) {
            throw new BusinessRuleException("La réunion du comité où la revue est tenue est annulée : choisissez-en une autre.");
        }
        LocalDateTime now = LocalDateTime.now(clock().withZone(Times.current().zone()));
        if (meeting.startsAt().isAfter(now)) {
            throw new BusinessRuleException("Le comité valide les indicateurs en séance : la réunion du " + Times.current().dayDate(meeting.startsAt())
                    + " n’a pas encore eu lieu.");
        }
        List<CampusCard> campuses = campuses(region.code(), review);
        Set<UUID> appreciated = appreciations.findByReviewId(review.id()).stream().filter(a -> a.appreciation() != null)
                .map(CampusAppreciation::campusId).collect(Collectors.toSet());
        List<String> missing = campuses.stream().filter(c -> !appreciated.contains(c.id())).map(CampusCard::name).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Le comité n’a pas encore apprécié " + (missing.size() == 1 ? "le campus « " + missing.get(0) + " »"
                    : "ces campus : « " + String.join(" », « ", missing) + " »") + ".");
        }
        review.close(actor.displayName(), clock());
        List<IndicatorSnapshots.Value> values = new ArrayList<>();
        Map<String, IndicatorDefinition> definitions = catalogue.all().stream().collect(Collectors.toMap(IndicatorDefinition::code, d -> d));
        for (CampusCard campus : campuses) {
            for (IndicatorValue v : indicators.valuesOf(campus.id(), year)) {
                IndicatorDefinition d = definitions.get(v.code());
                values.add(new IndicatorSnapshots.Value(campus.id(), campus.name(), v.code(), d == null ? v.code() : d.name(), year, v.value(),
                        v.masked(), v.rows()));
            }
        }
        Instant at = Instant.now(clock());
        snapshots.record(review.id(), at, actor.displayName(), meeting.id(), review.meetingText(), values);
        save(review);
        audit.record(AUDITED, review.id(), "INDICATEURS_VALIDES", "Revue " + year + " close : indicateurs de " + campuses.size()
                + " campus validés par le comité stratégique régional", List.of(new AuditTrail.Change("Statut", RegionalReview.Status.OPEN.label(),
                RegionalReview.Status.CLOSED.label()), new AuditTrail.Change("Réunion du comité", null, review.meetingText()),
                new AuditTrail.Change("Valeurs gardées", null, Integer.toString(values.size()))));
        notifyDirectors(region, year, campuses);
    }

    private void notifyDirectors(Region region, int year, List<CampusCard> campuses) {
        if (Replay.replaying()) {
            return;
        }
        Set<UUID> ids = campuses.stream().map(CampusCard::id).collect(Collectors.toSet());
        Set<UUID> directors = accounts.withRole(Role.OPERATIONAL_DIRECTOR).stream().filter(a -> a.campusId() != null && ids.contains(a.campusId()))
                .map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!directors.isEmpty()) {
            notifications.send(Notice.to(directors, CLOSED, "Revue " + year + " du comité stratégique régional close : " + region.name(),
                    "Le comité stratégique régional a clos la revue " + year + " des campus de la région " + region.name()
                            + " et validé leurs indicateurs. Lisez l’appréciation et les recommandations du comité pour votre campus.",
                    "/gestion/regions/" + region.code() + "/revues/" + year));
        }
    }

    /** Reopens a closed review for a correction, with its reason; the validation it corrects is kept, marked reopened. */
    @Transactional
    void reopen(Actor actor, String regionCode, int year, long expectedVersion, String reason) {
        Region region = requireRecorder(actor, regionCode);
        RegionalReview review = atVersion(find(region.code(), year), expectedVersion);
        String typed = Text.trimToNull(reason);
        if (typed == null) {
            throw new BusinessRuleException("reason", "Indiquez le motif de la correction.");
        }
        if (Text.longerThan(typed, REASON_MAX)) {
            throw new BusinessRuleException("reason", "Le motif fait 2000 caractères au plus.");
        }
        review.reopen();
        snapshots.reopen(review.id(), Instant.now(clock()), actor.displayName(), typed);
        save(review);
        audit.record(AUDITED, review.id(), "REVUE_ROUVERTE", "Revue " + year + " rouverte pour correction",
                List.of(new AuditTrail.Change("Statut", RegionalReview.Status.CLOSED.label(), RegionalReview.Status.OPEN.label()),
                        new AuditTrail.Change("Motif", null, typed)));
    }

    RegionalReview find(String regionCode, int year) {
        return reviews.findByRegionCodeAndYear(regionCode, year).orElseThrow(() -> new BusinessRuleException(
                "La revue " + year + " n’est pas encore préparée : choisissez d’abord la réunion du comité où elle est tenue."));
    }

    private static RegionalReview atVersion(RegionalReview review, Long expectedVersion) {
        if (expectedVersion == null || review.version() != expectedVersion) {
            throw new ConcurrentEditException(STALE);
        }
        return review;
    }

    private void save(RegionalReview review) {
        flush(() -> reviews.saveAndFlush(review));
    }

    private static void flush(Runnable write) {
        try {
            write.run();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(STALE);
        }
    }
}
