package fr.passerelle.clusters.surveys;

import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company's answer to a campaign (one per company per campaign): the company-level figures its kind asks for, and a
 * line per trade of the campaign. Given and changed while the campaign is open, never after its close.
 */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

    @Id
    private UUID id;
    private UUID campaignId;
    private UUID organisationId;
    private Integer jobs;
    @Enumerated(EnumType.STRING)
    private TurnoverBand turnoverBand;
    private Integer confidence;
    private Integer openUnfilled;
    private Integer creationForecast;
    @ElementCollection
    @CollectionTable(name = "survey_answer_trade", joinColumns = @JoinColumn(name = "answer_id"))
    private List<Line> lines = new ArrayList<>();
    private String answeredBy;
    private Instant answeredAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected SurveyAnswer() {
    }

    /** What a company says of itself and of each trade. */
    record Content(Integer jobs, TurnoverBand turnoverBand, Integer confidence, Integer openUnfilled, Integer creationForecast,
                   List<TradeAnswer> trades) {
        Content {
            trades = trades == null ? List.of() : List.copyOf(trades);
        }
    }

    /**
     * One trade's figures; {@code skillOgrs} the most sought skills, ROME skills by OGR code ({@link #MAX_SKILLS} at
     * most); {@code skills} those an answer given before gave in the company's words (kept as given, never asked again).
     */
    record TradeAnswer(int jobTitleOgr, Integer hiringNeeds, Integer difficulty, Integer unfilled, Integer forecast, String skills,
                       List<Integer> skillOgrs) {

        TradeAnswer {
            skillOgrs = skillOgrs == null ? List.of() : skillOgrs.stream().filter(Objects::nonNull).distinct().toList();
        }

        TradeAnswer(int jobTitleOgr, Integer hiringNeeds, Integer difficulty, Integer unfilled, Integer forecast, List<Integer> skillOgrs) {
            this(jobTitleOgr, hiringNeeds, difficulty, unfilled, forecast, null, skillOgrs);
        }
    }

    /** The most sought skills a company names per trade, at most. */
    static final int MAX_SKILLS = 5;

    static String tooManySkills() {
        return "Choisissez " + MAX_SKILLS + " compétences au plus : les plus recherchées.";
    }

    @Embeddable
    static class Line {
        @Column(name = "job_title_ogr")
        private int jobTitleOgr;
        private Integer hiringNeeds;
        private Integer difficulty;
        private Integer unfilled;
        private Integer forecast;
        private String skills;
        @JdbcTypeCode(SqlTypes.ARRAY)
        @Column(name = "skill_ogrs", columnDefinition = "integer[]")
        private Integer[] skillOgrs = new Integer[0];

        protected Line() {
        }

        Line(TradeAnswer answer) {
            this.jobTitleOgr = answer.jobTitleOgr();
            this.hiringNeeds = answer.hiringNeeds();
            this.difficulty = answer.difficulty();
            this.unfilled = answer.unfilled();
            this.forecast = answer.forecast();
            this.skills = answer.skills() == null || answer.skills().isBlank() ? null : answer.skills().strip();
            this.skillOgrs = answer.skillOgrs().toArray(Integer[]::new);
        }

        TradeAnswer answer() {
            return new TradeAnswer(jobTitleOgr, hiringNeeds, difficulty, unfilled, forecast, skills,
                    skillOgrs == null ? List.of() : List.of(skillOgrs));
        }
    }

    /** The first answer of a company, refused outside the campaign's dates. */
    static SurveyAnswer give(SurveyCampaign campaign, UUID organisationId, Content content, String by, LocalDate today, Instant now) {
        requireOpen(campaign, today);
        var answer = new SurveyAnswer();
        answer.id = UUID.randomUUID();
        answer.campaignId = campaign.id();
        answer.organisationId = organisationId;
        answer.answeredAt = now;
        answer.fill(campaign, content, by, now);
        return answer;
    }

    /** Changes the answer while the campaign is open; the changes, for the audit trail. */
    List<AuditTrail.Change> change(SurveyCampaign campaign, long expectedVersion, Content content, String by, LocalDate today, Instant now,
                                   IntFunction<String> skillLabel) {
        requireOpen(campaign, today);
        if (version != expectedVersion) {
            throw new ConcurrentEditException("La réponse a été modifiée entre-temps par une autre personne de l’entreprise : rechargez la page.");
        }
        Content before = content();
        fill(campaign, content, by, now);
        return diff(campaign, before, content(), skillLabel);
    }

    private static void requireOpen(SurveyCampaign campaign, LocalDate today) {
        if (today.isBefore(campaign.opensOn())) {
            throw new BusinessRuleException("L’enquête ouvre le " + Times.current().date(campaign.opensOn()) + " : elle ne reçoit pas encore de réponses.");
        }
        if (campaign.isClosedOn(today)) {
            throw new BusinessRuleException("L’enquête est close depuis le " + Times.current().date(campaign.closesOn().plusDays(1))
                    + " : la réponse ne peut plus être donnée ni modifiée.");
        }
    }

    private void fill(SurveyCampaign campaign, Content content, String by, Instant now) {
        SurveyKind kind = campaign.kind();
        this.jobs = kind.asks(SurveyKind.CompanyQuestion.JOBS) ? content.jobs() : null;
        this.turnoverBand = kind.asks(SurveyKind.CompanyQuestion.TURNOVER_BAND) ? content.turnoverBand() : null;
        this.confidence = kind.asks(SurveyKind.CompanyQuestion.CONFIDENCE) ? content.confidence() : null;
        this.openUnfilled = kind.asks(SurveyKind.CompanyQuestion.OPEN_UNFILLED) ? content.openUnfilled() : null;
        this.creationForecast = kind.asks(SurveyKind.CompanyQuestion.CREATION_FORECAST) ? content.creationForecast() : null;
        var asked = campaign.trades().stream().map(SurveyCampaign.Trade::jobTitleOgr).collect(Collectors.toSet());
        for (TradeAnswer trade : content.trades()) {
            if (!asked.contains(trade.jobTitleOgr())) {
                throw new BusinessRuleException("La campagne n’interroge pas ce métier : rechargez la page.");
            }
            if (trade.difficulty() != null && (trade.difficulty() < 1 || trade.difficulty() > 4)) {
                throw new BusinessRuleException("difficulty-" + trade.jobTitleOgr(), "La difficulté va de 1 à 4.");
            }
            if (trade.skillOgrs().size() > MAX_SKILLS) {
                throw new BusinessRuleException(skillsField(campaign, trade.jobTitleOgr()), tooManySkills());
            }
        }
        this.lines.clear();
        content.trades().stream().filter(SurveyAnswer::saysSomething).map(Line::new).forEach(lines::add);
        this.answeredBy = by;
        this.updatedAt = now;
    }

    /** The form's field of a trade's skills ({@code trades[i].skillOgrs}, {@code i} its rank in the campaign). */
    static String skillsField(SurveyCampaign campaign, int jobTitleOgr) {
        List<SurveyCampaign.Trade> trades = campaign.trades();
        for (int i = 0; i < trades.size(); i++) {
            if (trades.get(i).jobTitleOgr() == jobTitleOgr) {
                return "trades[" + i + "].skillOgrs";
            }
        }
        return "trades";
    }

    private static boolean saysSomething(TradeAnswer t) {
        return t.hiringNeeds() != null || t.difficulty() != null || t.unfilled() != null || t.forecast() != null
                || (t.skills() != null && !t.skills().isBlank()) || !t.skillOgrs().isEmpty();
    }

    Content content() {
        return new Content(jobs, turnoverBand, confidence, openUnfilled, creationForecast, lines.stream().map(Line::answer).toList());
    }

    private static List<AuditTrail.Change> diff(SurveyCampaign campaign, Content before, Content after, IntFunction<String> skillLabel) {
        var diff = new AuditTrail.Diff()
                .field("Emplois", before.jobs(), after.jobs())
                .field("Chiffre d’affaires", before.turnoverBand() == null ? null : before.turnoverBand().label(),
                        after.turnoverBand() == null ? null : after.turnoverBand().label())
                .field("Taux de confiance", before.confidence(), after.confidence())
                .field("Emplois ouverts non pourvus", before.openUnfilled(), after.openUnfilled())
                .field("Créations de postes prévues à 3 ans", before.creationForecast(), after.creationForecast());
        Map<Integer, TradeAnswer> was = before.trades().stream().collect(Collectors.toMap(TradeAnswer::jobTitleOgr, Function.identity()));
        Map<Integer, TradeAnswer> is = after.trades().stream().collect(Collectors.toMap(TradeAnswer::jobTitleOgr, Function.identity()));
        for (SurveyCampaign.Trade trade : campaign.trades()) {
            TradeAnswer b = was.get(trade.jobTitleOgr());
            TradeAnswer a = is.get(trade.jobTitleOgr());
            if (!Objects.equals(b, a)) {
                diff.field(trade.label(), summary(b, skillLabel), summary(a, skillLabel));
            }
        }
        return diff.changes();
    }

    static String summary(TradeAnswer t, IntFunction<String> skillLabel) {
        if (t == null) {
            return null;
        }
        return "besoins " + show(t.hiringNeeds()) + ", difficulté " + show(t.difficulty()) + ", non pourvus " + show(t.unfilled())
                + ", prévision " + show(t.forecast())
                + (t.skillOgrs().isEmpty() ? "" : ", compétences : " + t.skillOgrs().stream().map(skillLabel::apply).collect(Collectors.joining(" ; ")))
                + (t.skills() == null ? "" : ", compétences (texte libre) : " + t.skills());
    }

    private static String show(Integer value) {
        return value == null ? "—" : value.toString();
    }

    UUID id() {
        return id;
    }

    UUID campaignId() {
        return campaignId;
    }

    UUID organisationId() {
        return organisationId;
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String answeredBy() {
        return answeredBy;
    }
}
