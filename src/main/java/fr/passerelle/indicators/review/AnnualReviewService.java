package fr.passerelle.indicators.review;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.AnnualReviews;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/**
 * The annual reviews of campuses. Each act checks who acts ({@link AnnualReviewPermissions}, with the campus module's
 * scope), the version the page was opened with, lets the aggregate check its state, and is audited on the campus (its
 * history page shows it). The generated part is computed on each reading while the review is in the director's hands,
 * and stored, with its data date, when it is submitted. A review is due on a day of the year after its year
 * ({@code passerelle.indicators.annual-review-due}, month-day, 31 March unless configured).
 */
@Service
class AnnualReviewService implements AnnualReviews {

    static final String CAMPUS_AUDITED = "campus";
    static final int FIRST_YEAR = 2013;
    static final int YEARS_LISTED = 4;
    static final String STALE = "Ce bilan a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page pour voir sa version "
            + "actuelle. Rien n’a été enregistré.";

    private final AnnualReviewRepository reviews;
    private final ReviewGenerator generator;
    private final CampusRegistry registry;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final MonthDay dueDay;

    AnnualReviewService(AnnualReviewRepository reviews, ReviewGenerator generator, CampusRegistry registry, AuditTrail audit, JdbcClient jdbc,
                        ObjectMapper json, Clock clock, @Value("${passerelle.indicators.annual-review-due:03-31}") String dueDay) {
        this.reviews = reviews;
        this.generator = generator;
        this.registry = registry;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.dueDay = MonthDay.parse("--" + dueDay.strip());
    }

    Clock clock() {
        return Replay.clockOr(clock);
    }

    /** Whether past acts are being recorded ({@link #replayedAt}): nobody is told of them. */
    static boolean replaying() {
        return Replay.replaying();
    }

    @Override
    public <T> T replayedAt(Clock at, Supplier<T> acts) {
        return Replay.at(at, acts);
    }

    /** The day the review of {@code year} is due: the configured day of the year after. */
    LocalDate due(int year) {
        return dueDay.atYear(year + 1);
    }

    // ---- Reading

    /** One year's review of the campus, with what the actor may do; refused to those who do not read everything of the campus. */
    @Transactional(readOnly = true)
    AnnualReviewView view(Actor actor, UUID campusId, int year) {
        CampusCard campus = requireReadable(actor, campusId);
        requireYear(year);
        Optional<AnnualReview> found = reviews.findByCampusIdAndYear(campusId, year);
        AnnualReviewStatus status = found.map(AnnualReview::status).orElse(AnnualReviewStatus.NOT_BEGUN);
        boolean frozen = !status.inDirectorsHands();
        ReviewContent content = frozen ? snapshot(found.orElseThrow().id()) : generator.generate(campusId, year, Instant.now(clock()));
        var may = new AnnualReviewView.May(AnnualReviewPermissions.canWrite(actor, campusId) && status.inDirectorsHands(),
                AnnualReviewPermissions.canAcknowledge(actor, campus.academyCode()) && status == AnnualReviewStatus.SUBMITTED);
        List<AnnualReviewView.StepView> steps = found.map(r -> r.steps().stream()
                .map(s -> new AnnualReviewView.StepView(s.occurredAt(), s.actorName(), s.act(), s.comment())).toList()).orElse(List.of());
        LocalDate due = due(year);
        boolean overdue = status.inDirectorsHands() && LocalDate.now(clock()).isAfter(due);
        return new AnnualReviewView(found.map(AnnualReview::id).orElse(null), campus, year, status, found.map(AnnualReview::version).orElse(-1L),
                content, frozen, found.map(AnnualReview::commentary).orElse(Map.of()), steps, due, overdue, registry.canManage(actor, campusId), may);
    }

    /** A year of the list of a campus's reviews. */
    record YearRow(int year, AnnualReviewStatus status, LocalDate due, boolean overdue) {

        public String dueText() {
            return ReviewFormat.DAY.format(due);
        }
    }

    /** The campus's reviews by year, newest first: the last years whether begun or not, and every older one begun. */
    @Transactional(readOnly = true)
    List<YearRow> years(Actor actor, UUID campusId) {
        requireReadable(actor, campusId);
        LocalDate today = LocalDate.now(clock());
        Map<Integer, AnnualReviewStatus> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int y = today.getYear(); y > today.getYear() - YEARS_LISTED && y >= FIRST_YEAR; y--) {
            byYear.put(y, AnnualReviewStatus.NOT_BEGUN);
        }
        jdbc.sql("select year, status from annual_review where campus_id = ?").param(campusId)
                .query((rs, n) -> byYear.put(rs.getInt(1), AnnualReviewStatus.valueOf(rs.getString(2)))).list();
        List<YearRow> rows = new ArrayList<>();
        byYear.forEach((y, s) -> rows.add(new YearRow(y, s, due(y), s.inDirectorsHands() && today.isAfter(due(y)))));
        return rows;
    }

    CampusCard requireReadable(Actor actor, UUID campusId) {
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!AnnualReviewPermissions.canRead(registry.canReadEverything(actor, campusId))) {
            throw new AccessDeniedException("Le bilan annuel d’un campus est lu par sa direction, ses référents académiques, ses co-pilotes "
                    + "régionaux, son ou sa correspondant·e DREETS et l’administration nationale.");
        }
        return campus;
    }

    /** Refuses anyone but the campus's operational director and the national administration. */
    CampusCard requireWriter(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (!AnnualReviewPermissions.canWrite(actor, campusId)) {
            throw new AccessDeniedException("Le bilan annuel est rédigé et déposé par la direction opérationnelle du campus.");
        }
        return campus;
    }

    /** Refuses anyone but the academic referent of the campus's main académie. */
    CampusCard requireReferent(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (!AnnualReviewPermissions.canAcknowledge(actor, campus.academyCode())) {
            throw new AccessDeniedException("Le bilan annuel est pris en compte ou renvoyé par le référent académique de l’académie du campus.");
        }
        return campus;
    }

    private void requireYear(int year) {
        if (year < FIRST_YEAR || year > LocalDate.now(clock()).getYear()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Pas de bilan annuel pour l’année " + year + ".");
        }
    }

    // ---- Acts

    @Override
    @Transactional(readOnly = true)
    public long version(UUID campusId, int year) {
        return reviews.findByCampusIdAndYear(campusId, year).map(AnnualReview::version).orElse(-1L);
    }

    @Override
    @Transactional
    public void draft(Actor actor, UUID campusId, int year, long version, Map<String, String> commentary) {
        requireWriter(actor, campusId);
        requireYear(year);
        AnnualReview review = findAtVersion(campusId, year, version, true);
        Set<String> actionKeys = generator.actionIds(campusId, year).stream().map(AnnualReviews::actionSection).collect(Collectors.toSet());
        if (review.comment(commentary, actionKeys, actor.displayName(), clock())) {
            audit.record(CAMPUS_AUDITED, campusId, "BILAN_ANNUEL_ENREGISTRE", "Bilan annuel " + year + " : commentaire enregistré", List.of());
            save(review);
        }
    }

    @Override
    @Transactional
    public void submit(Actor actor, UUID campusId, int year, long version) {
        requireWriter(actor, campusId);
        requireYear(year);
        AnnualReview review = findAtVersion(campusId, year, version, false);
        AnnualReviewStatus before = review.status();
        review.submit(actor.displayName(), clock());
        save(review);
        freeze(review);
        audit.record(CAMPUS_AUDITED, campusId, "BILAN_ANNUEL_DEPOSE", "Bilan annuel " + year + " déposé", statusChange(before, review));
    }

    @Override
    @Transactional
    public void acknowledge(Actor actor, UUID campusId, int year, long version, String comment) {
        requireReferent(actor, campusId);
        AnnualReview review = findAtVersion(campusId, year, version, false);
        review.acknowledge(comment, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "BILAN_ANNUEL_PRIS_EN_COMPTE", "Bilan annuel " + year + " pris en compte par le référent académique",
                statusChange(AnnualReviewStatus.SUBMITTED, review));
        save(review);
    }

    @Override
    @Transactional
    public void sendBack(Actor actor, UUID campusId, int year, long version, String reason) {
        requireReferent(actor, campusId);
        AnnualReview review = findAtVersion(campusId, year, version, false);
        review.sendBack(reason, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "BILAN_ANNUEL_RENVOYE", "Bilan annuel " + year + " renvoyé à la direction",
                statusChange(AnnualReviewStatus.SUBMITTED, review));
        save(review);
    }

    /** Stores the generated part as it stands now: what the referent will read. */
    private void freeze(AnnualReview review) {
        Instant now = Instant.now(clock());
        ReviewContent content = generator.generate(review.campusId(), review.year(), now);
        jdbc.sql("""
                        insert into annual_review_snapshot (annual_review_id, generated_at, content) values (?, ?, ?::jsonb)
                        on conflict (annual_review_id) do update set generated_at = excluded.generated_at, content = excluded.content""")
                .params(review.id(), Timestamp.from(now), json.writeValueAsString(content)).update();
    }

    /** The generated part stored at the last submission. */
    ReviewContent snapshot(UUID reviewId) {
        String content = jdbc.sql("select content::text from annual_review_snapshot where annual_review_id = ?").param(reviewId)
                .query(String.class).single();
        return json.readValue(content, ReviewContent.class);
    }

    private static List<AuditTrail.Change> statusChange(AnnualReviewStatus before, AnnualReview after) {
        return List.of(new AuditTrail.Change("Statut", before.label(), after.status().label()));
    }

    /**
     * The review at the version the page was opened with; a review not begun is at version -1, and is begun here when
     * {@code begin} (the first commentary).
     */
    private AnnualReview findAtVersion(UUID campusId, int year, long version, boolean begin) {
        Optional<AnnualReview> found = reviews.findByCampusIdAndYear(campusId, year);
        if (found.isEmpty()) {
            if (version != -1) {
                throw new ConcurrentEditException(STALE);
            }
            if (!begin) {
                throw new BusinessRuleException("Ce bilan n’est pas commencé : écrivez et enregistrez d’abord le commentaire d’ensemble.");
            }
            return AnnualReview.begin(campusId, year, clock());
        }
        if (found.get().version() != version) {
            throw new ConcurrentEditException(STALE);
        }
        return found.get();
    }

    private void save(AnnualReview review) {
        try {
            reviews.saveAndFlush(review);
        } catch (OptimisticLockingFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConcurrentEditException(STALE);
        }
    }

    Optional<AnnualReview> byId(UUID id) {
        return reviews.findById(id);
    }
}
