import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The national-scale generator: campuses in every académie with their partners, bodies, ten years of meetings with
 * attendance and satisfaction answers, action plans with partners and learners, funding requests and budgets — loaded
 * with COPY into a throw-away Passerelle database, the same data for the same seed; then clusters in every région with
 * their member companies, each with a skills-matrix entry, and organisations that belong to no network. Run through
 * {@code bench/generate}.
 *
 * <p>Every generated campus and cluster has a slug starting with {@code gen-}; {@code --replace} deletes them (and their
 * rows) before generating again.
 */
public class Generate {

    static final String[] SECTORS = {"PERSONAL_SERVICES", "MECHATRONICS", "CHEMISTRY_BIOTECH", "MATERIALS", "ENERGY_TRANSITION", "TOURISM",
            "BUSINESS_SERVICES_LOGISTICS", "CONSTRUCTION"};
    static final String[] ORGANISATION_KINDS = {"SCHOOL", "SCHOOL", "SCHOOL", "APPRENTICE_CENTRE", "COMPANY", "COMPANY", "COMPANY", "COMPANY",
            "ENGINEERING_SCHOOL", "LOCAL_AUTHORITY", "CLUSTER", "OTHER"};
    static final String[] ACTION_TYPES = {"EVENT", "FAIR", "TRAINING", "TEACHING_KIT", "COMPANY_VISIT", "SCHOOL_TALK", "MOBILITY", "CONTEST",
            "COMMUNICATION", "TEACHER_TRAINING"};
    static final String[] AUDIENCES = {"COLLEGE", "LYCEE", "APPRENTICES", "ADULTS"};
    static final String[] ABANDON_CAUSES = {"Report demandé par la structure d’accueil", "Financement non obtenu",
            "Effectifs insuffisants", "Intervenant indisponible"};
    static final String[] FIRST_NAMES = {"Camille", "Dominique", "Claude", "Sacha", "Alix", "Morgan", "Louise", "Karim", "Inès", "Hugo",
            "Nadia", "Yann"};
    static final String[] LAST_NAMES = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David"};

    final Random random;
    final int campuses;
    final int years;
    final int lastYear;
    final int organisationsPerCampus;
    final Map<String, Long> counts = new LinkedHashMap<>();
    final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
    final CopyManager copy;
    long uaiCounter;

    Generate(Connection connection, long seed, int campuses, int years, int lastYear, int organisationsPerCampus) throws SQLException {
        this.random = new Random(seed);
        this.campuses = campuses;
        this.years = years;
        this.lastYear = lastYear;
        this.organisationsPerCampus = organisationsPerCampus;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("url", "jdbc:postgresql://127.0.0.1:5432/passerelle");
        options.put("user", "postgres");
        options.put("password", System.getenv().getOrDefault("PGPASSWORD", ""));
        options.put("campuses", "500");
        options.put("years", "10");
        options.put("last-year", String.valueOf(LocalDate.now().getYear()));
        options.put("organisations-per-campus", "40");
        options.put("seed", "20261203");
        options.put("clusters", "40");
        options.put("members-per-cluster", "500");
        options.put("other-organisations", "60000");
        boolean replace = false;
        for (String arg : args) {
            if (arg.equals("--replace")) {
                replace = true;
            } else if (arg.startsWith("--") && arg.contains("=") && options.containsKey(arg.substring(2, arg.indexOf('=')))) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                System.err.println("Unknown argument " + arg + "; options: " + options.keySet().stream().map(k -> "--" + k + "=…").toList()
                        + " --replace");
                System.exit(2);
            }
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(options.get("url"), options.get("user"), options.get("password"))) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                ResultSet existing = statement.executeQuery("select count(*) from campus where slug like 'gen-%'");
                existing.next();
                if (existing.getLong(1) > 0) {
                    if (!replace) {
                        System.err.println(existing.getLong(1) + " generated campuses are already there: run again with --replace to delete them first.");
                        System.exit(1);
                    }
                    deleteGenerated(statement);
                }
            }
            Generate generator = new Generate(connection, Long.parseLong(options.get("seed")), Integer.parseInt(options.get("campuses")),
                    Integer.parseInt(options.get("years")), Integer.parseInt(options.get("last-year")),
                    Integer.parseInt(options.get("organisations-per-campus")));
            generator.run(connection);
            generator.clusters(connection, Integer.parseInt(options.get("clusters")), Integer.parseInt(options.get("members-per-cluster")),
                    Integer.parseInt(options.get("other-organisations")));
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            System.out.printf("Generated with seed %s, %d campuses × %d years (%d–%d), in %.1f s:%n", options.get("seed"), generator.campuses,
                    generator.years, generator.lastYear - generator.years + 1, generator.lastYear, (System.nanoTime() - started) / 1e9);
            generator.counts.forEach((table, count) -> System.out.printf("  %-16s %,12d%n", table, count));
        }
    }

    static void deleteGenerated(Statement statement) throws SQLException {
        // Clusters first: their memberships, lists and matrix entries go with them (on delete cascade).
        statement.execute("delete from cluster where slug like 'gen-%'");
        String campuses = "select id from campus where slug like 'gen-%'";
        statement.execute("delete from meeting_survey where meeting_id in (select m.id from meeting m join governing_body b on b.id = m.body_id where b.campus_id in (" + campuses + "))");
        statement.execute("delete from attendance where meeting_id in (select m.id from meeting m join governing_body b on b.id = m.body_id where b.campus_id in (" + campuses + "))");
        statement.execute("delete from meeting where body_id in (select id from governing_body where campus_id in (" + campuses + "))");
        statement.execute("delete from body_member where body_id in (select id from governing_body where campus_id in (" + campuses + "))");
        statement.execute("delete from governing_body where campus_id in (" + campuses + ")");
        statement.execute("delete from action_learners where action_id in (select id from campus_action where campus_id in (" + campuses + "))");
        statement.execute("delete from action_partner where action_id in (select id from campus_action where campus_id in (" + campuses + "))");
        statement.execute("delete from campus_action where campus_id in (" + campuses + ")");
        statement.execute("delete from funding_request where campus_id in (" + campuses + ")");
        statement.execute("delete from budget_line where budget_id in (select id from budget where campus_id in (" + campuses + "))");
        statement.execute("delete from budget where campus_id in (" + campuses + ")");
        statement.execute("delete from campus_training where campus_id in (" + campuses + ")");
        statement.execute("delete from membership where campus_id in (" + campuses + ")");
        statement.execute("delete from campus where slug like 'gen-%'");
        statement.execute("delete from person where email like '%@genere.invalid'");
        statement.execute("delete from organisation where email like '%@genere.invalid'");
    }

    record Academy(String code, String regionCode, String name) {
    }

    record Org(UUID id, String kind) {
    }

    void run(Connection connection) throws SQLException, IOException {
        List<Academy> academies = new ArrayList<>();
        List<String> outcomeUais = new ArrayList<>();
        List<String> diplomas = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("select code, region_code, name from academy order by code");
            while (rs.next()) {
                academies.add(new Academy(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            // Real UAIs with InserJeunes outcomes, free in the directory: the outcome indicators then have rows to count.
            rs = statement.executeQuery("select distinct uai from catalogue_outcome where uai not in (select uai from organisation where uai is not null) order by uai");
            while (rs.next()) {
                outcomeUais.add(rs.getString(1));
            }
            rs = statement.executeQuery("select code from diploma order by code limit 400");
            while (rs.next()) {
                diplomas.add(rs.getString(1));
            }
        }
        int firstYear = lastYear - years + 1;
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        for (int c = 0; c < campuses; c++) {
            Academy academy = academies.get(c % academies.size());
            String sector = SECTORS[c % SECTORS.length];
            UUID campusId = uuid();
            // Partners first: the support establishment is one of them.
            List<Org> organisations = new ArrayList<>();
            for (int o = 0; o < organisationsPerCampus; o++) {
                String kind = ORGANISATION_KINDS[random.nextInt(ORGANISATION_KINDS.length)];
                UUID id = uuid();
                String uai = null;
                if (kind.equals("SCHOOL") || kind.equals("APPRENTICE_CENTRE")) {
                    uai = outcomeUais.isEmpty() ? String.format("9%06d%c", uaiCounter++, (char) ('A' + random.nextInt(26))) : outcomeUais.remove(0);
                }
                row("organisation", id, kind, label(kind) + " générée " + (c * organisationsPerCampus + o + 1), uai,
                        "contact" + (c * organisationsPerCampus + o) + "@genere.invalid");
                organisations.add(new Org(id, kind));
            }
            Org support = organisations.stream().filter(o -> o.kind().equals("SCHOOL")).findFirst().orElse(organisations.get(0));
            LocalDate validFrom = LocalDate.of(lastYear - random.nextInt(4), 9, 1);
            double latitude = 43 + random.nextDouble() * 7;
            double longitude = -1 + random.nextDouble() * 8;
            String name = String.format("Campus généré %04d %s (%s)", c + 1, sector.toLowerCase().replace('_', ' '), academy.name());
            row("campus", campusId, String.format("gen-%04d", c + 1), name, sector, academy.regionCode(), academy.code(), latitude, longitude,
                    support.id(), c % 10 == 0 ? "EXCELLENCE" : "STANDARD", "LABELLED", firstYear, validFrom, validFrom.plusYears(4),
                    name + " " + academy.name());
            for (Org organisation : organisations) {
                LocalDate since = start.plusDays(random.nextInt(years * 365));
                row("membership", uuid(), campusId, organisation.id(), organisation == organisations.get(0) ? "FOUNDING_MEMBER" : "PARTNER", since);
            }
            // People on the bodies, working for the partners.
            List<UUID> people = new ArrayList<>();
            for (int p = 0; p < 14; p++) {
                UUID id = uuid();
                row("person", id, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], LAST_NAMES[random.nextInt(LAST_NAMES.length)],
                        "personne" + c + "-" + p + "@genere.invalid", organisations.get(p % organisations.size()).id());
                people.add(id);
            }
            UUID steering = uuid();
            UUID strategic = uuid();
            row("governing_body", steering, campusId, "STEERING", "Comité de pilotage", LocalDateTime.of(firstYear, 1, 1, 9, 0), 4);
            row("governing_body", strategic, campusId, "STRATEGIC", "Conseil d'orientation stratégique", LocalDateTime.of(firstYear, 1, 1, 9, 0), 2);
            List<UUID> steeringMembers = people.subList(0, 10);
            List<UUID> strategicMembers = people.subList(2, 14);
            for (UUID person : steeringMembers) {
                row("body_member", steering, person, start);
            }
            for (UUID person : strategicMembers) {
                row("body_member", strategic, person, start);
            }
            List<UUID> budgetLines = new ArrayList<>();
            for (int year = firstYear; year <= lastYear; year++) {
                int age = year - firstYear;
                for (int m = 0; m < 4; m++) {
                    meeting(steering, steeringMembers, LocalDateTime.of(year, 1 + m * 3, 10 + random.nextInt(10), 14, 0), 0.6 + age * 0.03);
                }
                for (int m = 0; m < 2; m++) {
                    meeting(strategic, strategicMembers, LocalDateTime.of(year, 3 + m * 6, 10 + random.nextInt(10), 9, 30), 0.5 + age * 0.03);
                }
                UUID budget = uuid();
                row("budget", budget, campusId, year);
                String[][] lines = {{"EXPENSE", "STAFF", "Direction opérationnelle"}, {"EXPENSE", "ACTIONS", "Actions du plan"},
                        {"EXPENSE", "COMMUNICATION", "Communication"}, {"RESOURCE", "REGION", "Subvention régionale"},
                        {"RESOURCE", "STATE", "Moyens de l'État"}, {"RESOURCE", "COMPANIES", "Contributions des entreprises"}};
                for (String[] line : lines) {
                    UUID id = uuid();
                    int planned = 10_000 + random.nextInt(90_000);
                    row("budget_line", id, budget, line[0], line[1], line[2], planned, year < lastYear ? planned - random.nextInt(5_000) : null);
                    budgetLines.add(id);
                }
                for (int f = 0; f < 2; f++) {
                    row("funding_request", uuid(), campusId, year, f == 0 ? "FRANCE_2030" : "ERASMUS_PLUS",
                            f == 0 ? "Compétences et métiers d'avenir" : "Erasmus+ mobilité des apprenants", 5_000 + random.nextInt(50_000),
                            year < lastYear ? "GRANTED" : "PLANNED");
                }
                int actions = 20 + random.nextInt(10) + age;
                for (int a = 0; a < actions; a++) {
                    action(campusId, year, organisations);
                }
            }
            for (int t = 0; t < 8; t++) {
                Org school = organisations.get(t % organisations.size());
                row("campus_training", uuid(), campusId, diplomas.get((c * 8 + t) % diplomas.size()), school.id(),
                        t % 3 == 0 ? "APPRENTICESHIP" : "SCHOOL", firstYear + random.nextInt(years));
            }
            if (c % 20 == 19) {
                flush();
            }
        }
        flush();
    }

    static final String[] CLUSTER_KINDS = {"COMPETITIVENESS_CLUSTER", "BUSINESS_CLUSTER", "REGIONAL_CLUSTER", "ECONOMIC_COOPERATION_HUB"};
    static final String[] ACTIVITIES = {"Études avant-projet", "Bureau d'études", "Prototypage", "Fabrication sur plan", "Usinage",
            "Chaudronnerie et tuyauterie", "Soudage", "Montage", "Câblage", "Automatisme", "Génie électrique", "Essais et contrôle",
            "Installation sur site", "Maintenance", "Logistique", "Traitement de surface", "Peinture industrielle", "Formation",
            "Ingénierie documentaire", "Parachèvement"};
    static final String[] MARKETS = {"Aéronautique", "Automobile", "Ferroviaire", "Naval", "Nucléaire", "Oil and gas",
            "Énergies marines renouvelables", "Défense"};

    /**
     * Clusters in every région with their member companies (each with a matrix entry on the four axes: real ROME job
     * titles and skills when the database holds a ROME release), and companies that belong to no cluster.
     */
    void clusters(Connection connection, int clusters, int membersPerCluster, int otherOrganisations) throws SQLException, IOException {
        List<String> regions = new ArrayList<>();
        List<Integer> jobTitles = new ArrayList<>();
        List<Integer> skills = new ArrayList<>();
        List<String> skillLabels = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("select code from region order by code");
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
            rs = statement.executeQuery("select distinct ogr from rome_job_title order by ogr limit 3000");
            while (rs.next()) {
                jobTitles.add(rs.getInt(1));
            }
            rs = statement.executeQuery("select ogr, min(label) from rome_skill where not macro group by ogr order by ogr limit 3000");
            while (rs.next()) {
                skills.add(rs.getInt(1));
                skillLabels.add(rs.getString(2));
            }
        }
        LocalDateTime now = LocalDateTime.of(lastYear, 11, 30, 12, 0);
        long company = 0;
        for (int c = 0; c < clusters; c++) {
            UUID clusterId = uuid();
            String region = regions.get(c % regions.size());
            row("organisation", clusterId, "CLUSTER", "Cluster généré " + (c + 1), null, "cluster" + c + "@genere.invalid");
            row("cluster", clusterId, CLUSTER_KINDS[c % CLUSTER_KINDS.length], String.format("gen-cluster-%04d", c + 1), region,
                    "Territoire généré " + (c + 1), "{" + SECTORS[c % SECTORS.length] + "}", membersPerCluster * (20 + random.nextInt(80)),
                    lastYear, 12, true, now, now);
            // About 300 key skills taken from ROME, 20 activities, 8 markets.
            List<UUID> keySkills = new ArrayList<>();
            int first = skills.isEmpty() ? 0 : random.nextInt(skills.size());
            for (int k = 0; k < Math.min(300, skills.size()); k++) {
                int i = (first + k) % skills.size();
                UUID id = uuid();
                row("cluster_matrix_item", id, clusterId, "SKILL", skillLabels.get(i), skills.get(i), k, now);
                keySkills.add(id);
            }
            List<UUID> activities = new ArrayList<>();
            for (int a = 0; a < ACTIVITIES.length; a++) {
                UUID id = uuid();
                row("cluster_matrix_item", id, clusterId, "ACTIVITY", ACTIVITIES[a], null, a, now);
                activities.add(id);
            }
            List<UUID> markets = new ArrayList<>();
            for (int m = 0; m < MARKETS.length; m++) {
                UUID id = uuid();
                row("cluster_matrix_item", id, clusterId, "MARKET", MARKETS[m], null, m, now);
                markets.add(id);
            }
            List<Integer> clusterTitles = new ArrayList<>();
            for (int t = 0; t < Math.min(150, jobTitles.size()); t++) {
                clusterTitles.add(jobTitles.get(random.nextInt(jobTitles.size())));
            }
            for (int m = 0; m < membersPerCluster; m++) {
                UUID id = uuid();
                row("organisation", id, "COMPANY", "Entreprise adhérente générée " + (++company), null, "adherent" + company + "@genere.invalid");
                LocalDate since = LocalDate.of(lastYear - random.nextInt(8), 1 + random.nextInt(12), 1);
                LocalDate until = random.nextInt(20) == 0 ? LocalDate.of(lastYear - 1, 12, 31) : null;
                if (until != null && until.isBefore(since)) {
                    until = null;
                }
                row("cluster_membership", uuid(), clusterId, id, since, until, random.nextBoolean(), now, now);
                LocalDateTime filled = now.minusDays(random.nextInt(700));
                boolean validated = random.nextInt(10) < 8;
                row("cluster_matrix_entry", uuid(), clusterId, id, array(pick(clusterTitles, 1 + random.nextInt(3))),
                        array(pick(keySkills, 3 + random.nextInt(10))), array(pick(activities, 1 + random.nextInt(4))),
                        array(pick(markets, 1 + random.nextInt(3))), filled, "Équipe du cluster", validated ? filled.plusDays(random.nextInt(30)) : null,
                        validated ? "Contact de l'entreprise" : null, filled, filled);
            }
            flush();
        }
        for (int o = 0; o < otherOrganisations; o++) {
            String kind = ORGANISATION_KINDS[random.nextInt(ORGANISATION_KINDS.length)];
            row("organisation", uuid(), kind.equals("SCHOOL") || kind.equals("APPRENTICE_CENTRE") || kind.equals("CLUSTER") ? "COMPANY" : kind,
                    "Organisation hors réseau générée " + (o + 1), null, "autre" + o + "@genere.invalid");
            if (o % 5000 == 4999) {
                flush();
            }
        }
        flush();
    }

    /** {@code count} distinct values of the list, at random (all of them when it has fewer). */
    <T> List<T> pick(List<T> values, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count * 3 && picked.size() < Math.min(count, values.size()); i++) {
            T value = values.get(random.nextInt(values.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    /** A PostgreSQL array in COPY's text format. */
    static String array(List<?> values) {
        return "{" + String.join(",", values.stream().map(String::valueOf).toList()) + "}";
    }

    void meeting(UUID body, List<UUID> members, LocalDateTime startsAt, double presence) {
        UUID id = uuid();
        row("meeting", id, body, startsAt, startsAt.plusHours(2), "Salle du conseil", "BODY");
        for (UUID person : members) {
            double draw = random.nextDouble();
            row("attendance", id, person, draw < Math.min(presence, 0.95) ? "PRESENT" : draw < 0.97 ? "EXCUSED" : "ABSENT");
            if (random.nextInt(3) > 0) {
                row("meeting_survey", uuid(), id, person, uuid().toString(), startsAt.plusHours(3), 2 + random.nextInt(4),
                        startsAt.plusDays(2));
            }
        }
    }

    void action(UUID campusId, int year, List<Org> organisations) {
        UUID id = uuid();
        String type = ACTION_TYPES[random.nextInt(ACTION_TYPES.length)];
        String status;
        int draw = random.nextInt(100);
        if (year < lastYear) {
            status = draw < 92 ? "DONE" : "ABANDONED";
        } else {
            status = draw < 40 ? "DONE" : draw < 65 ? "IN_PROGRESS" : draw < 95 ? "PLANNED" : "ABANDONED";
        }
        LocalDate startsOn = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        row("campus_action", id, campusId, year, type, label(type) + " " + year + " n° " + (random.nextInt(900) + 100), status,
                status.equals("ABANDONED") ? ABANDON_CAUSES[random.nextInt(ABANDON_CAUSES.length)] : null, startsOn,
                startsOn.plusDays(random.nextInt(3)), random.nextBoolean() ? "PUBLIC" : "PARTNERS", random.nextInt(4));
        int partners = random.nextInt(4);
        List<UUID> chosen = new ArrayList<>();
        for (int p = 0; p < partners; p++) {
            UUID partner = organisations.get(random.nextInt(organisations.size())).id();
            if (!chosen.contains(partner)) {
                chosen.add(partner);
                row("action_partner", id, partner);
            }
        }
        int audiences = random.nextInt(3);
        int first = random.nextInt(AUDIENCES.length);
        for (int l = 0; l < audiences; l++) {
            row("action_learners", id, AUDIENCES[(first + l) % AUDIENCES.length], random.nextInt(40), random.nextInt(40), random.nextInt(10));
        }
    }

    static String label(String code) {
        return switch (code) {
            case "SCHOOL" -> "Lycée";
            case "APPRENTICE_CENTRE" -> "CFA";
            case "COMPANY" -> "Entreprise";
            case "ENGINEERING_SCHOOL" -> "École d'ingénieurs";
            case "LOCAL_AUTHORITY" -> "Collectivité";
            case "CLUSTER" -> "Cluster";
            case "OTHER" -> "Association";
            default -> code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' ');
        };
    }

    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("organisation", "id, kind, name, uai, email");
        COLUMNS.put("campus", "id, slug, name, sector, region_code, academy_code, latitude, longitude, support_establishment_id, category, "
                + "label_status, first_label_year, label_valid_from, label_valid_until, search_keywords");
        COLUMNS.put("membership", "id, campus_id, organisation_id, role, since");
        COLUMNS.put("person", "id, first_name, last_name, email, organisation_id");
        COLUMNS.put("governing_body", "id, campus_id, kind, name, created_at, meetings_per_year");
        COLUMNS.put("body_member", "body_id, person_id, started_on");
        COLUMNS.put("meeting", "id, body_id, starts_at, ends_at, place, visibility");
        COLUMNS.put("attendance", "meeting_id, person_id, status");
        COLUMNS.put("meeting_survey", "id, meeting_id, person_id, token, sent_at, score, answered_at");
        COLUMNS.put("budget", "id, campus_id, year");
        COLUMNS.put("budget_line", "id, budget_id, side, category, label, planned, actual");
        COLUMNS.put("funding_request", "id, campus_id, year, funder, programme, amount_asked, status");
        COLUMNS.put("campus_action", "id, campus_id, year, type, title, status, abandon_cause, starts_on, ends_on, visibility, teachers");
        COLUMNS.put("action_partner", "action_id, organisation_id");
        COLUMNS.put("action_learners", "action_id, audience, girls, boys, unspecified");
        COLUMNS.put("campus_training", "id, campus_id, diploma_code, organisation_id, route, since_year");
        COLUMNS.put("cluster", "id, kind, slug, region_code, territory, sectors, jobs_represented, figures_year, matrix_refresh_months, "
                + "published, created_at, updated_at");
        COLUMNS.put("cluster_membership", "id, cluster_id, organisation_id, since, until, listed, created_at, updated_at");
        COLUMNS.put("cluster_matrix_item", "id, cluster_id, axis, label, skill_ogr, position, created_at");
        COLUMNS.put("cluster_matrix_entry", "id, cluster_id, organisation_id, job_titles, skills, activities, markets, filled_at, filled_by, "
                + "validated_at, validated_by, created_at, updated_at");
    }

    /** One row in COPY's text format (no generated value holds a tab, a newline or a backslash). */
    void row(String table, Object... values) {
        StringBuilder buffer = buffers.computeIfAbsent(table, t -> new StringBuilder());
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            buffer.append(value == null ? "\\N" : value instanceof LocalDateTime time ? time.toString().replace('T', ' ') : value.toString());
        }
        buffer.append('\n');
        counts.merge(table, 1L, Long::sum);
    }

    /** Copies the buffered rows, parents before children. */
    void flush() throws SQLException, IOException {
        for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
            StringBuilder buffer = buffers.get(table.getKey());
            if (buffer != null && buffer.length() > 0) {
                copy.copyIn("copy " + table.getKey() + " (" + table.getValue() + ") from stdin", new StringReader(buffer.toString()));
                buffer.setLength(0);
            }
        }
    }

    UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
