package fr.passerelle.clusters.surveys;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyResults;
import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.platform.Times;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campus may quote of clusters' surveys: campaigns marked « citable » by their cluster's staff, closed, of a
 * cluster of the campus's région or sharing one of its sectors; of each, only the trades whose figures are drawn from
 * at least the campaign's minimum of answers. A campaign with no such trade offers nothing.
 */
@Service
class QuotableSurveyResults implements SurveyResults {

    static final int LIMIT = 20;

    private final JdbcClient jdbc;
    private final SurveyQueries queries;
    private final Clusters clusters;
    private final PasserelleProperties properties;
    private final Clock clock;

    QuotableSurveyResults(JdbcClient jdbc, SurveyQueries queries, Clusters clusters, PasserelleProperties properties, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.queries = queries;
        this.clusters = clusters;
        this.clock = clock;
    }

    private record Candidate(UUID campaignId, UUID clusterId, SurveyKind kind) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Quotation> quotableResults(String regionCode, Collection<Sector> sectors) {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        String sectorNames = sectors == null ? "" : sectors.stream().map(Sector::name).collect(Collectors.joining(","));
        List<Candidate> candidates = jdbc.sql("""
                        select c.id, c.cluster_id, c.kind from survey_campaign c join cluster cl on cl.id = c.cluster_id
                         where c.citable and c.closes_on < :today
                           and (cl.region_code = :region or cl.sectors && cast(string_to_array(:sectors, ',') as varchar(40)[]))
                         order by c.closes_on desc, c.id limit :limit""")
                .param("today", Date.valueOf(today)).param("region", regionCode == null ? "" : regionCode).param("sectors", sectorNames)
                .param("limit", LIMIT)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class),
                        SurveyKind.valueOf(rs.getString("kind"))))
                .list();
        List<Quotation> quotations = new ArrayList<>();
        for (Candidate candidate : candidates) {
            clusters.cluster(candidate.clusterId()).flatMap(cluster -> quotation(cluster, candidate)).ifPresent(quotations::add);
        }
        return quotations;
    }

    @Override
    public Optional<Quotation> quotation(String regionCode, Collection<Sector> sectors, String key) {
        return quotableResults(regionCode, sectors).stream().filter(q -> q.key().equals(key)).findFirst();
    }

    private Optional<Quotation> quotation(ClusterCard cluster, Candidate candidate) {
        List<String> figures = new ArrayList<>();
        SurveyQueries.Cell any = null;
        for (SurveyQueries.TradeResults trade : queries.results(cluster.id(), candidate.kind())) {
            for (SurveyQueries.Cell cell : trade.cells()) {
                if (cell.campaignId().equals(candidate.campaignId())) {
                    any = cell;
                    if (!cell.masked()) {
                        figures.add("– " + trade.label() + " (" + trade.tradeCode() + ") : " + cell.tension().text() + ", " + cell.hiringNeeds()
                                + " recrutement(s) prévu(s), " + cell.forecast() + " création(s) de poste prévue(s) ; " + cell.answers() + " réponses"
                                + (cell.skills().isEmpty() ? "" : " ; compétences les plus recherchées : " + cell.skillsText()));
                    }
                }
            }
        }
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        String period = any.periodLabel();
        String link = cluster.published() ? properties.publicBaseUrl() + cluster.publicPath() : null;
        String text = "« " + any.campaignTitle() + " » — " + candidate.kind().label() + " de " + cluster.displayName() + ", " + period
                + " (enquête close le " + Times.current().date(any.closesOn()) + ") :\n" + String.join("\n", figures)
                + "\nSource : " + cluster.displayName() + (link == null ? "" : ", " + link) + ".";
        return Optional.of(new Quotation(candidate.campaignId().toString(), cluster.displayName(), any.campaignTitle(), period, link, text));
    }
}
