package fr.passerelle.clusters.surveys;

import fr.passerelle.platform.Times;
import fr.passerelle.trades.Trades;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of surveys, in SQL: campaigns with their response rates, what waits for a company, the results. */
@Component
class SurveyQueries {

    static final int SKILLS_SHOWN = 5;
    static final int LIST_LIMIT = 200;

    private final JdbcClient jdbc;

    private final Trades trades;

    SurveyQueries(JdbcClient jdbc, Trades trades) {
        this.jdbc = jdbc;
        this.trades = trades;
    }

    /** A campaign in a list, with its response rate (answers of invited organisations over invitations). */
    record CampaignRow(UUID id, UUID clusterId, SurveyKind kind, String title, LocalDate opensOn, LocalDate closesOn, boolean citable,
                       int invited, int answered, int minAnswers) {

        public String period() {
            return SurveyPeriod.of(kind.periodicity(), opensOn).label();
        }

        public int rate() {
            return invited == 0 ? 0 : (int) Math.round(100.0 * answered / invited);
        }

        public String rateText() {
            return answered + " / " + invited + " (" + rate() + " %)";
        }

        public String datesText() {
            return "du " + Times.current().date(opensOn) + " au " + Times.current().date(closesOn);
        }

        public String state(LocalDate today) {
            return today.isBefore(opensOn) ? "À venir" : today.isAfter(closesOn) ? "Close" : "Ouverte";
        }

        public String kindLabel() {
            return kind.label();
        }
    }

    @Transactional(readOnly = true)
    List<CampaignRow> campaigns(UUID clusterId) {
        return jdbc.sql("""
                        select c.id, c.cluster_id, c.kind, c.title, c.opens_on, c.closes_on, c.citable, c.min_answers,
                               (select count(*) from survey_invitation i where i.campaign_id = c.id) as invited,
                               (select count(*) from survey_answer a join survey_invitation i
                                       on i.campaign_id = a.campaign_id and i.organisation_id = a.organisation_id
                                 where a.campaign_id = c.id) as answered
                          from survey_campaign c where c.cluster_id = ? order by c.opens_on desc, c.title limit ?""")
                .params(clusterId, LIST_LIMIT).query((rs, n) -> row(rs)).list();
    }

    /** The campaigns an organisation is invited to in a cluster, newest first, with whether it answered. */
    record Invited(CampaignRow campaign, boolean answered) {
    }

    @Transactional(readOnly = true)
    List<Invited> invitedCampaigns(UUID clusterId, UUID organisationId) {
        return jdbc.sql("""
                        select c.id, c.cluster_id, c.kind, c.title, c.opens_on, c.closes_on, c.citable, c.min_answers, 0 as invited, 0 as answered,
                               exists (select 1 from survey_answer a where a.campaign_id = c.id and a.organisation_id = :org) as has_answer
                          from survey_campaign c join survey_invitation i on i.campaign_id = c.id and i.organisation_id = :org
                         where c.cluster_id = :cluster order by c.opens_on desc limit :limit""")
                .param("org", organisationId).param("cluster", clusterId).param("limit", LIST_LIMIT)
                .query((rs, n) -> new Invited(row(rs), rs.getBoolean("has_answer"))).list();
    }

    /** An open campaign waiting for an organisation's answer, for its landing page. */
    record Awaiting(UUID campaignId, UUID clusterId, String title, LocalDate closesOn) {
    }

    @Transactional(readOnly = true)
    List<Awaiting> awaiting(UUID organisationId, Set<UUID> clusterIds, LocalDate today, int limit) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.cluster_id, c.title, c.closes_on from survey_campaign c
                          join survey_invitation i on i.campaign_id = c.id and i.organisation_id = :org
                         where c.cluster_id in (:clusters) and c.opens_on <= :today and c.closes_on >= :today
                           and not exists (select 1 from survey_answer a where a.campaign_id = c.id and a.organisation_id = :org)
                         order by c.closes_on, c.title limit :limit""")
                .param("org", organisationId).param("clusters", clusterIds).param("today", Date.valueOf(today)).param("limit", limit)
                .query((rs, n) -> new Awaiting(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class), rs.getString("title"),
                        rs.getDate("closes_on").toLocalDate())).list();
    }

    @Transactional(readOnly = true)
    boolean invited(UUID campaignId, UUID organisationId) {
        return organisationId != null && jdbc.sql("select exists (select 1 from survey_invitation where campaign_id = ? and organisation_id = ?)")
                .params(campaignId, organisationId).query(Boolean.class).single();
    }

    /** Invited organisations that have not answered, for the reminders. */
    @Transactional(readOnly = true)
    List<UUID> notAnswered(UUID campaignId) {
        return jdbc.sql("""
                        select i.organisation_id from survey_invitation i where i.campaign_id = ?
                           and not exists (select 1 from survey_answer a where a.campaign_id = i.campaign_id and a.organisation_id = i.organisation_id)""")
                .param(campaignId).query(UUID.class).list();
    }

    /** An organisation of a campaign's panel, and whether it answered. */
    record PanelMember(UUID organisationId, String name, boolean answered) {
    }

    /** The panel of a campaign by name (bounded by the cluster's members). */
    @Transactional(readOnly = true)
    List<PanelMember> panel(UUID campaignId) {
        return jdbc.sql("""
                        select i.organisation_id, coalesce(o.name, i.organisation_id::text),
                               exists (select 1 from survey_answer a where a.campaign_id = i.campaign_id and a.organisation_id = i.organisation_id)
                          from survey_invitation i left join directory_organisation o on o.organisation_id = i.organisation_id
                         where i.campaign_id = ? order by 2, 1""").param(campaignId)
                .query((rs, n) -> new PanelMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3))).list();
    }

    @Transactional(readOnly = true)
    List<UUID> invitations(UUID campaignId) {
        return jdbc.sql("select organisation_id from survey_invitation where campaign_id = ?").param(campaignId).query(UUID.class).list();
    }

    /** The campaigns whose reminder falls on {@code day}: {@code reminder_days} before their close, open that day. */
    @Transactional(readOnly = true)
    List<UUID> remindersDue(LocalDate day) {
        return jdbc.sql("""
                        select id from survey_campaign where reminder_days > 0 and closes_on - reminder_days = ? and opens_on <= ?""")
                .params(Date.valueOf(day), Date.valueOf(day)).query(UUID.class).list();
    }

    // ---- Results

    /** One trade in one campaign: its figures, or why they are masked. */
    record Cell(UUID campaignId, String campaignTitle, SurveyPeriod period, LocalDate closesOn, int minAnswers, int answers, Tension tension,
                int hiringNeeds, int forecast, List<String> skills) {

        public boolean masked() {
            return Masking.masked(answers, minAnswers);
        }

        public String maskReason() {
            return Masking.reason(minAnswers);
        }

        public String periodLabel() {
            return period.label();
        }

        public int tensionPercent() {
            return tension.percent();
        }

        public int unfilled() {
            return tension.unfilled();
        }

        public boolean tense() {
            return tension.tense();
        }

        public String skillsText() {
            return skills.isEmpty() ? "—" : String.join(", ", skills);
        }
    }

    /** A trade over the periods of a kind of campaign, oldest first. */
    record TradeResults(int jobTitleOgr, String label, String tradeCode, List<Cell> cells) {

        public SurveyChart chart() {
            return SurveyChart.of(label, cells);
        }
    }

    @Transactional(readOnly = true)
    List<TradeResults> results(UUID clusterId, SurveyKind kind) {
        record Row(UUID campaignId, String title, LocalDate opensOn, LocalDate closesOn, int minAnswers, int ogr, String label, String tradeCode,
                   int answers, int rated, int difficult, int unfilled, int needs, int forecast) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.id, c.title, c.opens_on, c.closes_on, c.min_answers, t.job_title_ogr, t.label, t.trade_code,
                               count(l.answer_id) as answers, count(l.difficulty) as rated,
                               count(*) filter (where l.difficulty >= :difficult) as difficult,
                               coalesce(sum(l.unfilled), 0) as unfilled, coalesce(sum(l.hiring_needs), 0) as needs,
                               coalesce(sum(l.forecast), 0) as forecast
                          from survey_campaign c
                          join survey_campaign_trade t on t.campaign_id = c.id
                          left join survey_answer a on a.campaign_id = c.id
                          left join survey_answer_trade l on l.answer_id = a.id and l.job_title_ogr = t.job_title_ogr
                         where c.cluster_id = :cluster and c.kind = :kind
                         group by c.id, c.title, c.opens_on, c.closes_on, c.min_answers, t.job_title_ogr, t.label, t.trade_code
                         order by c.opens_on, c.id""")
                .param("difficult", Tension.DIFFICULT_LEVEL).param("cluster", clusterId).param("kind", kind.name())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("closes_on").toLocalDate(), rs.getInt("min_answers"), rs.getInt("job_title_ogr"), rs.getString("label"),
                        rs.getString("trade_code"), rs.getInt("answers"), rs.getInt("rated"), rs.getInt("difficult"), rs.getInt("unfilled"),
                        rs.getInt("needs"), rs.getInt("forecast")))
                .list();
        Map<UUID, Map<Integer, List<String>>> skills = skills(clusterId, kind);
        Map<Integer, TradeResults> trades = new LinkedHashMap<>();
        for (Row r : rows) {
            boolean masked = Masking.masked(r.answers(), r.minAnswers());
            List<String> sought = masked ? List.of() : topSkills(skills.getOrDefault(r.campaignId(), Map.of()).getOrDefault(r.ogr(), List.of()));
            Cell cell = new Cell(r.campaignId(), r.title(), SurveyPeriod.of(kind.periodicity(), r.opensOn()), r.closesOn(), r.minAnswers(), r.answers(),
                    masked ? new Tension(0, 0, 0) : new Tension(r.rated(), r.difficult(), r.unfilled()), masked ? 0 : r.needs(),
                    masked ? 0 : r.forecast(), sought);
            trades.computeIfAbsent(r.ogr(), o -> new TradeResults(o, r.label(), r.tradeCode(), new ArrayList<>())).cells().add(cell);
        }
        return trades.values().stream().map(t -> new TradeResults(t.jobTitleOgr(), t.label(), t.tradeCode(),
                        t.cells().stream().sorted(Comparator.comparing(Cell::period)).toList()))
                .sorted(Comparator.comparing(TradeResults::label)).toList();
    }

    /**
     * The company-level figures of a campaign (those its kind asks): how many companies answered, their jobs, their
     * mean confidence rate, their open unfilled jobs and their 3-year job creation forecast; masked under the minimum.
     */
    record CompanyCell(String campaignTitle, SurveyPeriod period, int minAnswers, int respondents, Integer jobs, Integer confidence,
                       Integer openUnfilled, Integer creationForecast) {

        public boolean masked() {
            return Masking.masked(respondents, minAnswers);
        }

        public String maskReason() {
            return Masking.reason(minAnswers);
        }

        public String periodLabel() {
            return period.label();
        }

        public String show(Integer value) {
            return value == null ? "—" : value.toString();
        }
    }

    @Transactional(readOnly = true)
    List<CompanyCell> companyFigures(UUID clusterId, SurveyKind kind) {
        return jdbc.sql("""
                        select c.title, c.opens_on, c.min_answers, count(a.id) as respondents, sum(a.jobs) as jobs,
                               round(avg(a.confidence)) as confidence, sum(a.open_unfilled) as open_unfilled,
                               sum(a.creation_forecast) as creation_forecast
                          from survey_campaign c left join survey_answer a on a.campaign_id = c.id
                         where c.cluster_id = ? and c.kind = ?
                         group by c.id, c.title, c.opens_on, c.min_answers order by c.opens_on, c.id""")
                .params(clusterId, kind.name())
                .query((rs, n) -> {
                    int respondents = rs.getInt("respondents");
                    boolean masked = Masking.masked(respondents, rs.getInt("min_answers"));
                    return new CompanyCell(rs.getString("title"), SurveyPeriod.of(kind.periodicity(), rs.getDate("opens_on").toLocalDate()),
                            rs.getInt("min_answers"), respondents, masked ? null : integer(rs, "jobs"), masked ? null : integer(rs, "confidence"),
                            masked ? null : integer(rs, "open_unfilled"), masked ? null : integer(rs, "creation_forecast"));
                })
                .list();
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Number value = (Number) rs.getObject(column);
        return value == null ? null : value.intValue();
    }

    /**
     * The most sought skills named per campaign and trade: one mention per answer line and skill — the ROME skills
     * chosen (by their label) and the words of answers given before ROME skills.
     */
    private Map<UUID, Map<Integer, List<String>>> skills(UUID clusterId, SurveyKind kind) {
        record Named(UUID campaignId, int jobTitleOgr, String words, List<Integer> skillOgrs) {
        }
        List<Named> rows = jdbc.sql("""
                        select a.campaign_id, l.job_title_ogr, l.skills, l.skill_ogrs from survey_answer_trade l
                          join survey_answer a on a.id = l.answer_id join survey_campaign c on c.id = a.campaign_id
                         where c.cluster_id = ? and c.kind = ? and (l.skills is not null or cardinality(l.skill_ogrs) > 0)""")
                .params(clusterId, kind.name())
                .query((rs, n) -> new Named(rs.getObject("campaign_id", UUID.class), rs.getInt("job_title_ogr"), rs.getString("skills"),
                        List.of((Integer[]) rs.getArray("skill_ogrs").getArray())))
                .list();
        Map<Integer, String> labels = new HashMap<>();
        trades.skills(rows.stream().flatMap(r -> r.skillOgrs().stream()).collect(Collectors.toSet()))
                .forEach(skill -> labels.put(skill.ogr(), skill.label()));
        Map<UUID, Map<Integer, List<String>>> skills = new LinkedHashMap<>();
        for (Named row : rows) {
            Set<String> mentions = new LinkedHashSet<>();
            row.skillOgrs().stream().map(ogr -> labels.getOrDefault(ogr, "Compétence " + ogr)).forEach(mentions::add);
            mentions.addAll(words(row.words()));
            skills.computeIfAbsent(row.campaignId(), k -> new LinkedHashMap<>()).computeIfAbsent(row.jobTitleOgr(), k -> new ArrayList<>())
                    .addAll(mentions);
        }
        return skills;
    }

    /** The skills an answer given before ROME skills named in its words, separated by « ; » or « , ». */
    static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The skills mentioned most often (case ignored), at most five, most frequent first (then alphabetically), each
     * with the number of answers that name it: « Souder à l'arc (4) ».
     */
    static List<String> topSkills(List<String> mentions) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Long> counts = mentions.stream()
                .peek(s -> shown.putIfAbsent(s.toLowerCase(Locale.FRENCH), s))
                .collect(Collectors.groupingBy(s -> s.toLowerCase(Locale.FRENCH), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SKILLS_SHOWN).map(e -> shown.get(e.getKey()) + " (" + e.getValue() + ")").toList();
    }

    private static CampaignRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CampaignRow(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class), SurveyKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getDate("opens_on").toLocalDate(), rs.getDate("closes_on").toLocalDate(), rs.getBoolean("citable"),
                rs.getInt("invited"), rs.getInt("answered"), rs.getInt("min_answers"));
    }
}
