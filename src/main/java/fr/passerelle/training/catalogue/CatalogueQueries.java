package fr.passerelle.training.catalogue;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.training.CatalogueTraining;
import fr.passerelle.training.TrainingCatalogue;
import fr.passerelle.training.TrainingRoute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue for the pages and the API: a training's sheet (its certifications, the trades they lead to
 * through the current ROME release, where it is taught, the outcomes of those establishments, the labels of clusters,
 * a contact) and the trainings that lead to a trade. SQL written for the screen; the trades through the view
 * {@code rome_current_trade} the trades module publishes, other modules' data through their APIs.
 */
@Service
public class CatalogueQueries implements TrainingCatalogue {

    static final String COLUMNS = """
            t.id, t.code, t.kind, t.cfd, t.rncp_code, t.type_label, t.label, t.national_level, t.nsf_code, t.domain, t.duration, t.cpc,
            t.cpc_sector, t.onisep_url, t.rncp_active, t.apprenticeship_access, t.routes, t.version,
            (select g.label from training_specialty_group g where g.code = t.nsf_code) as nsf_label""";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Territories territories;

    CatalogueQueries(JdbcClient jdbc, Directory directory, Territories territories) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.territories = territories;
    }

    /** A training of the catalogue with everything its sheet shows of itself. */
    public record TrainingRow(UUID id, String code, String kind, String cfd, String rncpCode, String typeLabel, String label, Integer nationalLevel,
                              String nsfCode, String nsfLabel, String domain, String duration, String cpc, String cpcSector, String onisepUrl,
                              Boolean rncpActive, Boolean apprenticeshipAccess, Set<TrainingRoute> routes, long version) {

        public CatalogueTraining summary() {
            return new CatalogueTraining(id, code, label, typeLabel, nationalLevel, routes);
        }

        public String kindLabel() {
            return switch (kind) {
                case "DIPLOMA" -> "Diplôme de l’Éducation nationale ou de l’Agriculture (BCN)";
                case "CERTIFICATION" -> "Certification enregistrée au RNCP";
                default -> "Formation initiale (ONISEP)";
            };
        }

        public String levelName() {
            return nationalLevel == null ? null : "niveau " + nationalLevel;
        }
    }

    static TrainingRow row(ResultSet rs) throws SQLException {
        return new TrainingRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("kind"), rs.getString("cfd"), rs.getString("rncp_code"),
                rs.getString("type_label"), rs.getString("label"), (Integer) rs.getObject("national_level", Integer.class), rs.getString("nsf_code"),
                rs.getString("nsf_label"), rs.getString("domain"), rs.getString("duration"), rs.getString("cpc"), rs.getString("cpc_sector"),
                rs.getString("onisep_url"), (Boolean) rs.getObject("rncp_active"), (Boolean) rs.getObject("apprenticeship_access"),
                TrainingRoutes.parse(rs.getString("routes")), rs.getLong("version"));
    }

    @Transactional(readOnly = true)
    public Optional<TrainingRow> find(String idOrCode) {
        if (idOrCode == null || idOrCode.isBlank()) {
            return Optional.empty();
        }
        String key = idOrCode.strip();
        try {
            UUID id = UUID.fromString(key);
            return jdbc.sql("select " + COLUMNS + " from catalogue_training t where t.id = ?").param(id).query((rs, n) -> row(rs)).optional();
        } catch (IllegalArgumentException notAnId) {
            return jdbc.sql("select " + COLUMNS + " from catalogue_training t where t.code = ?").param(key.toUpperCase(Locale.ROOT))
                    .query((rs, n) -> row(rs)).optional()
                    .or(() -> jdbc.sql("select " + COLUMNS + " from catalogue_training t where upper(t.code) = upper(?)").param(key)
                            .query((rs, n) -> row(rs)).optional());
        }
    }

    @Override
    public Optional<CatalogueTraining> training(String idOrCode) {
        return find(idOrCode).map(TrainingRow::summary);
    }

    public List<TrainingRow> rows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, TrainingRow> byId = jdbc.sql("select " + COLUMNS + " from catalogue_training t where t.id in (:ids)").param("ids", ids)
                .query((rs, n) -> row(rs)).list().stream().collect(Collectors.toMap(TrainingRow::id, r -> r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static final String LEADING_TO = """
            select distinct %s from catalogue_training t
            join catalogue_training_rncp tr on tr.training_id = t.id
            join catalogue_rncp_rome rr on rr.rncp_code = tr.rncp_code
            join rome_current_trade rt on rt.parent_code = rr.rome_code
            where rt.code = :trade""".formatted(COLUMNS);

    @Override
    @Transactional(readOnly = true)
    public List<CatalogueTraining> trainingsLeadingTo(String tradeCode) {
        if (tradeCode == null || tradeCode.isBlank()) {
            return List.of();
        }
        return sorted(jdbc.sql(LEADING_TO).param("trade", tradeCode.strip().toUpperCase(Locale.ROOT)).query((rs, n) -> row(rs)).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogueTraining> trainingsOfCampusLeadingTo(UUID campusId, String tradeCode) {
        if (campusId == null || tradeCode == null || tradeCode.isBlank()) {
            return List.of();
        }
        return sorted(jdbc.sql(LEADING_TO + " and t.cfd in (select ct.diploma_code from campus_training ct where ct.campus_id = :campus)")
                .param("trade", tradeCode.strip().toUpperCase(Locale.ROOT)).param("campus", campusId).query((rs, n) -> row(rs)).list());
    }

    private static List<CatalogueTraining> sorted(List<TrainingRow> rows) {
        return rows.stream().sorted(Comparator.comparing((TrainingRow r) -> r.nationalLevel() == null ? 99 : r.nationalLevel())
                        .thenComparing(TrainingRow::label, java.text.Collator.getInstance(Locale.FRENCH)))
                .map(TrainingRow::summary).toList();
    }

    // ---- the sheet ----

    /** A trade a training leads to: its ROME 4.0 code and label (null label when no ROME release holds the v3 code). */
    public record Trade(String code, String label, String romeV3Code) {
    }

    public List<Trade> trades(UUID trainingId) {
        return jdbc.sql("""
                        select rr.rome_code, rt.code, rt.label from catalogue_training_rncp tr
                        join catalogue_rncp_rome rr on rr.rncp_code = tr.rncp_code
                        left join rome_current_trade rt on rt.parent_code = rr.rome_code
                        where tr.training_id = ?
                        group by rr.rome_code, rt.code, rt.label
                        order by rt.label nulls last, rr.rome_code""")
                .param(trainingId).query((rs, n) -> new Trade(rs.getString(2), rs.getString(3), rs.getString(1))).list();
    }

    /** An RNCP certification of the training. */
    public record Certification(String code, String label, Integer nationalLevel, boolean active, String typeLabel, String registration) {
        public String francecompetencesUrl() {
            return "https://www.francecompetences.fr/recherche/rncp/" + code.replace("RNCP", "") + "/";
        }
    }

    public List<Certification> certifications(UUID trainingId) {
        return jdbc.sql("""
                        select tr.rncp_code, r.label, coalesce(r.national_level, k.national_level), coalesce(r.active, k.active, false), r.type_label,
                            r.registration
                        from catalogue_training_rncp tr
                        left join catalogue_rncp r on r.code = tr.rncp_code
                        left join lateral (select max(national_level) as national_level, bool_or(active) as active from catalogue_kit
                                           where rncp_code = tr.rncp_code) k on true
                        where tr.training_id = ? order by 4 desc, tr.rncp_code""")
                .param(trainingId).query((rs, n) -> new Certification(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6))).list();
    }

    /** An establishment that delivers the training, by the routes a campus records, where it lies and how to reach it. */
    public record Establishment(UUID organisationId, String name, String uai, String town, String regionCode, Double latitude, Double longitude,
                                boolean coordinatesOfTown, Set<TrainingRoute> routes, UUID campusId, String email, String phone, String website) {
        public String routesLabel() {
            return routes.stream().map(TrainingRoute::label).collect(Collectors.joining(", "));
        }
    }

    public List<Establishment> establishments(String cfd) {
        if (cfd == null) {
            return List.of();
        }
        record Link(UUID organisationId, UUID campusId, TrainingRoute route) {
        }
        List<Link> links = jdbc.sql("select organisation_id, campus_id, route from campus_training where diploma_code = ? order by created_at")
                .param(cfd).query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), TrainingRoute.valueOf(rs.getString(3))))
                .list();
        Map<UUID, OrganisationSummary> organisations = directory.organisations(links.stream().map(Link::organisationId).distinct().toList());
        Map<UUID, Set<TrainingRoute>> routes = new LinkedHashMap<>();
        Map<UUID, UUID> campusOf = new LinkedHashMap<>();
        for (Link link : links) {
            routes.computeIfAbsent(link.organisationId(), id -> EnumSet.noneOf(TrainingRoute.class)).add(link.route());
            campusOf.putIfAbsent(link.organisationId(), link.campusId());
        }
        List<Establishment> result = new ArrayList<>();
        for (var entry : routes.entrySet()) {
            OrganisationSummary o = organisations.get(entry.getKey());
            if (o == null) {
                continue;
            }
            Double lat = null;
            Double lon = null;
            boolean ofTown = false;
            String communeCode = o.municipalityCode();
            if (o.uai() != null) {
                var known = jdbc.sql("select latitude, longitude, commune_code from catalogue_establishment where uai = ?").param(o.uai())
                        .query((rs, n) -> new Object[] {rs.getObject(1, Double.class), rs.getObject(2, Double.class), rs.getString(3)}).optional();
                if (known.isPresent()) {
                    lat = (Double) known.get()[0];
                    lon = (Double) known.get()[1];
                    if (communeCode == null) {
                        communeCode = (String) known.get()[2];
                    }
                }
            }
            Optional<Municipality> town = communeCode == null ? Optional.empty() : territories.municipality(communeCode);
            if (lat == null && town.isPresent() && town.get().latitude() != null) {
                lat = town.get().latitude();
                lon = town.get().longitude();
                ofTown = true;
            }
            String region = communeCode == null ? null : territories.academyOfMunicipality(communeCode).map(a -> a.regionCode()).orElse(null);
            OrganisationDetails details = directory.details(o.id()).orElse(null);
            result.add(new Establishment(o.id(), o.displayName(), o.uai(), town.map(Municipality::name).orElse(null), region, lat, lon, ofTown,
                    entry.getValue(), campusOf.get(o.id()), details == null ? null : details.email(), details == null ? null : details.phone(),
                    o.website()));
        }
        return result;
    }

    /** One line of InserJeunes outcomes for an establishment. */
    public record Outcome(String uai, String establishmentName, String schoolYear, String source, String population, Integer furtherStudyRate,
                          Integer employmentRate, Integer expectedEmploymentRate, Integer valueAdded, Integer shareFurtherStudy, Integer shareEmployed,
                          Integer shareOther) {
        public String sourceLabel() {
            return source.equals("INSERJEUNES_LP") ? "InserJeunes (DEPP), lycées professionnels" : "InserJeunes (DEPP, DARES), CFA";
        }

        public String populationLabel() {
            return switch (population) {
                case "APPRENTICES" -> "apprentis";
                case "STUDENTS" -> "élèves de la voie scolaire";
                default -> "ensemble des sortants";
            };
        }
    }

    public List<Outcome> outcomes(List<String> uais) {
        List<String> codes = uais.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select uai, establishment_name, school_year, source, population, further_study_rate, employment_rate, expected_employment_rate,
                            value_added, share_further_study, share_employed, share_other
                        from catalogue_outcome where uai in (:uais)
                        order by uai, school_year desc, source, case population when 'ALL' then 0 when 'STUDENTS' then 1 else 2 end""")
                .param("uais", codes)
                .query((rs, n) -> new Outcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), integer(rs, 6),
                        integer(rs, 7), integer(rs, 8), integer(rs, 9), integer(rs, 10), integer(rs, 11), integer(rs, 12)))
                .list();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    /** The trainings of a campus's diplomas (CFD → training code), for links from its pages. */
    public Map<String, String> codesOfDiplomas(List<String> cfds) {
        if (cfds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select cfd, code from catalogue_training where cfd in (:cfds)").param("cfds", cfds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(e -> codes.put(e.getKey(), e.getValue()));
        return codes;
    }
}
