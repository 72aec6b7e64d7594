package fr.passerelle.training;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.Partner;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.territory.Territories;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
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
 * The trainings of a campus: which diploma each partner establishment delivers, and by which route. Those who run the
 * campus change them (the registry's rule, {@link CampusRegistry#requireManageable}); every change is audited on the
 * campus. {@link #summary(UUID)} gives the lines the labelling dossier quotes.
 */
@Service
public class Trainings {

    static final String AUDITED = "campus";
    static final int FIRST_YEAR = 1950;
    /** The kinds of organisation that deliver diplomas; offered first when a training is added. */
    public static final Set<OrganisationKind> TRAINING_KINDS = EnumSet.of(OrganisationKind.SCHOOL, OrganisationKind.APPRENTICE_CENTRE,
            OrganisationKind.GRETA, OrganisationKind.UNIVERSITY, OrganisationKind.IUT, OrganisationKind.ENGINEERING_SCHOOL);

    private static final String SELECT = """
            select t.id, t.campus_id, t.organisation_id, t.route, t.since_year, d.code, d.level_code, d.level_label, d.label, d.national_level
            from campus_training t join diploma d on d.code = t.diploma_code
            """;
    /** Lower case without the accents of French, the same on both sides of a search. */
    private static final String PLAIN = "translate(lower(%s), 'àâäéèêëîïôöùûüç’', 'aaaeeeeiioouuuc''')";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final CampusRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;
    private final Territories territories;

    Trainings(JdbcClient jdbc, Directory directory, CampusRegistry registry, AuditTrail audit, Clock clock, Territories territories) {
        this.territories = territories;
        this.jdbc = jdbc;
        this.directory = directory;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** The trainings of a level, for the pages: the BCN level's label ("BTS") and its level in the national framework ("niveau 5"). */
    public record LevelGroup(String level, String nationalLevel, List<Training> trainings) {

        /** "BTS — niveau 5", or "BTS" when the national level is not known. */
        public String title() {
            return nationalLevel == null ? level : level + " — " + nationalLevel;
        }
    }

    public Optional<Diploma> diploma(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select code, level_code, level_label, label, national_level from diploma where code = ?").param(code.strip().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new Diploma(rs.getString("code"), rs.getString("level_code"), rs.getString("level_label"), rs.getString("label"),
                        rs.getObject("national_level", Integer.class)))
                .optional();
    }

    /** Diplomas whose code starts with the text, or whose level and wording hold every word of it (case and accents ignored). */
    public List<Diploma> searchDiplomas(String text, int limit) {
        String plain = plain(text);
        if (plain.length() < 2) {
            return List.of();
        }
        List<String> words = List.of(plain.split("\\s+"));
        StringBuilder where = new StringBuilder("code like ?");
        List<Object> params = new ArrayList<>();
        params.add(plain.toUpperCase(Locale.ROOT) + "%");
        where.append(" or (true");
        for (String word : words) {
            where.append(" and ").append(PLAIN.formatted("level_label || ' ' || short_label || ' ' || label")).append(" like ?");
            params.add("%" + word.replace("%", "").replace("_", "") + "%");
        }
        where.append(")");
        return jdbc.sql("select code, level_code, level_label, label, national_level from diploma where " + where
                        + " order by closed_on is not null, level_code, label, code limit " + limit)
                .params(params)
                .query((rs, n) -> new Diploma(rs.getString("code"), rs.getString("level_code"), rs.getString("level_label"), rs.getString("label"),
                        rs.getObject("national_level", Integer.class)))
                .list();
    }

    public List<Training> trainingsOf(UUID campusId) {
        record Row(UUID id, UUID campusId, Diploma diploma, UUID organisationId, TrainingRoute route, Integer sinceYear) {
        }
        List<Row> rows = jdbc.sql(SELECT + " where t.campus_id = ?").param(campusId).query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class), rs.getObject("campus_id", UUID.class),
                        new Diploma(rs.getString("code"), rs.getString("level_code"), rs.getString("level_label"), rs.getString("label"),
                        rs.getObject("national_level", Integer.class)),
                        rs.getObject("organisation_id", UUID.class), TrainingRoute.valueOf(rs.getString("route")),
                        (Integer) rs.getObject("since_year")))
                .list();
        Map<UUID, OrganisationSummary> organisations = directory.organisations(rows.stream().map(Row::organisationId).distinct().toList());
        Map<UUID, String> towns = new java.util.HashMap<>();
        organisations.values().forEach(o -> territories.municipality(o.municipalityCode())
                .ifPresent(m -> towns.put(o.id(), m.name())));
        return rows.stream()
                .map(r -> new Training(r.id(), r.campusId(), r.diploma(), r.organisationId(),
                        organisations.containsKey(r.organisationId()) ? organisations.get(r.organisationId()).name() : "",
                        r.route(), r.sinceYear(), towns.get(r.organisationId())))
                .sorted(Comparator.comparing((Training t) -> Diploma.nationalRank(t.diploma().nationalLevel()))
                        .thenComparing(t -> Diploma.levelRank(t.diploma().levelCode()))
                        .thenComparing(t -> t.diploma().levelLabel()).thenComparing(t -> t.diploma().label())
                        .thenComparing(Training::organisationName).thenComparing(Training::route))
                .toList();
    }

    /**
     * The diplomas still open whose wording holds {@code word} (lower case, without accents) at one of these levels,
     * by code.
     */
    public List<Diploma> openDiplomas(String word, Collection<String> levelCodes) {
        if (levelCodes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add("%" + plain(word).replace("%", "").replace("_", "") + "%");
        params.addAll(levelCodes);
        return jdbc.sql("select code, level_code, level_label, label, national_level from diploma where " + PLAIN.formatted("label") + " like ?"
                        + " and closed_on is null and level_code in (" + String.join(", ", levelCodes.stream().map(l -> "?").toList())
                        + ") order by code")
                .params(params)
                .query((rs, n) -> new Diploma(rs.getString("code"), rs.getString("level_code"), rs.getString("level_label"), rs.getString("label"),
                        rs.getObject("national_level", Integer.class)))
                .list();
    }

    /** The trainings grouped by level, lowest level first. */
    public List<LevelGroup> byLevel(UUID campusId) {
        Map<String, List<Training>> groups = new LinkedHashMap<>();
        for (Training training : trainingsOf(campusId)) {
            groups.computeIfAbsent(training.diploma().levelLabel(), level -> new ArrayList<>()).add(training);
        }
        return groups.entrySet().stream()
                .map(e -> new LevelGroup(e.getKey(), e.getValue().get(0).diploma().nationalLevelName(), e.getValue())).toList();
    }

    /**
     * The trainings of the campus in French, one line per diploma, e.g. "Bac pro Cuisine (40022106) — Lycée hôtelier
     * du Touquet, voie scolaire et apprentissage". Empty when the campus records none.
     */
    public List<String> summary(UUID campusId) {
        Map<String, Map<String, List<TrainingRoute>>> byDiploma = new LinkedHashMap<>();
        for (Training training : trainingsOf(campusId)) {
            byDiploma.computeIfAbsent(training.diploma().displayName(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(training.organisationName(), o -> new ArrayList<>()).add(training.route());
        }
        return byDiploma.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue().entrySet().stream()
                        .map(o -> o.getKey() + ", " + routes(o.getValue())).collect(Collectors.joining(" ; ")))
                .toList();
    }

    /** The organisations a training can be added for: the campus's partners, those that train first. */
    public List<OrganisationSummary> establishments(UUID campusId) {
        Map<UUID, OrganisationSummary> unique = new LinkedHashMap<>();
        directory.partnersOf(campusId).stream().map(Partner::organisation).forEach(o -> unique.putIfAbsent(o.id(), o));
        return unique.values().stream()
                .sorted(Comparator.comparing((OrganisationSummary o) -> !TRAINING_KINDS.contains(o.kind())).thenComparing(OrganisationSummary::displayName))
                .toList();
    }

    /** Adds a training to a campus; refused to those who do not run it. */
    @Transactional
    public Training add(Actor actor, UUID campusId, TrainingDetails training) {
        registry.requireManageable(actor, campusId);
        String diplomaCode = training.diplomaCode();
        Diploma diploma = diploma(diplomaCode).orElseThrow(() -> new BusinessRuleException("diplomaCode",
                diplomaCode == null || diplomaCode.isBlank() ? "Choisissez un diplôme dans la liste." : "Le diplôme « " + diplomaCode.strip() + " » est inconnu."));
        UUID organisationId = training.organisationId();
        if (organisationId == null) {
            throw new BusinessRuleException("organisationId", "Choisissez l’établissement qui délivre la formation.");
        }
        OrganisationSummary organisation = establishments(campusId).stream().filter(o -> o.id().equals(organisationId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("organisationId", "Cet établissement n’est pas partenaire du campus."));
        TrainingRoute route = training.route();
        if (route == null) {
            throw new BusinessRuleException("route", "Choisissez la voie de formation.");
        }
        Integer sinceYear = training.sinceYear();
        int lastYear = Year.now(clock).getValue() + 1;
        if (sinceYear != null && (sinceYear < FIRST_YEAR || sinceYear > lastYear)) {
            throw new BusinessRuleException("sinceYear", "L’année d’ouverture doit être comprise entre " + FIRST_YEAR + " et " + lastYear + ".");
        }
        boolean exists = jdbc.sql("select count(*) from campus_training where campus_id = ? and diploma_code = ? and organisation_id = ? and route = ?")
                .params(campusId, diploma.code(), organisationId, route.name()).query(Long.class).single() > 0;
        if (exists) {
            throw new BusinessRuleException("diplomaCode", "Cette formation est déjà enregistrée pour " + organisation.displayName() + " ("
                    + route.label() + ").");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into campus_training (id, campus_id, diploma_code, organisation_id, route, since_year) values (?, ?, ?, ?, ?, ?)")
                .params(id, campusId, diploma.code(), organisationId, route.name(), sinceYear).update();
        String text = describe(diploma, organisation.displayName(), route, sinceYear);
        audit.record(AUDITED, campusId, "FORMATION_AJOUTEE", "Formation ajoutée : " + diploma.displayName(),
                List.of(new AuditTrail.Change("Formation", null, text)));
        return new Training(id, campusId, diploma, organisationId, organisation.displayName(), route, sinceYear,
                territories.municipality(organisation.municipalityCode()).map(fr.passerelle.territory.Municipality::name).orElse(null));
    }

    /** Removes a training from a campus; refused to those who do not run it. */
    @Transactional
    public void remove(Actor actor, UUID campusId, UUID trainingId) {
        registry.requireManageable(actor, campusId);
        Training training = trainingsOf(campusId).stream().filter(t -> t.id().equals(trainingId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette formation n’existe plus."));
        jdbc.sql("delete from campus_training where id = ? and campus_id = ?").params(trainingId, campusId).update();
        audit.record(AUDITED, campusId, "FORMATION_RETIREE", "Formation retirée : " + training.diploma().displayName(),
                List.of(new AuditTrail.Change("Formation", describe(training.diploma(), training.organisationName(), training.route(),
                        training.sinceYear()), null)));
    }

    private static String describe(Diploma diploma, String organisation, TrainingRoute route, Integer sinceYear) {
        return diploma.displayName() + " — " + organisation + ", " + route.label() + (sinceYear == null ? "" : ", depuis " + sinceYear);
    }

    private static String routes(List<TrainingRoute> routes) {
        List<String> labels = routes.stream().sorted().distinct().map(TrainingRoute::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " et " + labels.get(labels.size() - 1);
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'')
                .toLowerCase(Locale.FRENCH).replaceAll("\\s+", " ");
    }
}
