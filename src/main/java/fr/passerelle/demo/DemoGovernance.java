package fr.passerelle.demo;

import fr.passerelle.platform.Times;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Partner;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.StrategicSeat;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.governance.BudgetCodes;
import fr.passerelle.governance.CampusBudgets;
import fr.passerelle.governance.GoverningBodies;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo life for every demo campus: contact people in its partners (fictitious names), a steering committee and a
 * strategic orientation committee, a year of meetings with attendance, minutes and satisfaction scores (and three
 * years of steering committee meetings before it, for the indicators' trends), and a
 * budget with partners' contributions and funding requests. Deterministic: the same campus gets the same data.
 * Written through governance's public API ({@link GoverningBodies}, {@link CampusBudgets}) as the national
 * administrator.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoGovernance {

    private static final String[] FIRST_NAMES = {"Camille", "Dominique", "Claude", "Alix", "Sacha", "Morgane", "Yannick", "Maxime",
            "Laurence", "Frédéric", "Nadia", "Karim", "Hélène", "Thierry", "Sophie", "Julien", "Aurélie", "Mathieu", "Inès", "Romain"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier"};
    private static final String[] JOB_TITLES = {"Chargé·e de mission formation", "Responsable des ressources humaines",
            "Proviseur·e", "Directeur·rice délégué·e aux formations", "Chef·fe de projet", "Responsable de la relation écoles"};


    /** How many years before the current one have meetings (for the indicators' trends). */
    static final int HISTORY_YEARS = 3;

    private final CampusRegistry registry;
    private final Directory directory;
    private final GoverningBodies governance;
    private final CampusBudgets budgets;
    private final Accounts accounts;
    private final Clock clock;

    DemoGovernance(CampusRegistry registry, Directory directory, GoverningBodies governance, CampusBudgets budgets, Accounts accounts,
                       Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.governance = governance;
        this.budgets = budgets;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Called by {@link DemoData} once the demo campuses, organisations and accounts exist. */
    void load() {
        int year = Year.now(clock).getValue();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone()));
        Actor admin = accounts.byUsername("admin").orElseThrow();
        for (CampusCard campus : registry.all()) {
            Random random = new Random(campus.slug().hashCode());
            List<Partner> partners = directory.partnersOf(campus.id());
            List<Contact> people = people(admin, partners, random);
            UUID steering = governance.constitute(admin, campus.id(), BodyKind.STEERING, "Comité de pilotage");
            UUID strategic = governance.constitute(admin, campus.id(), BodyKind.STRATEGIC, "Comité d'orientation stratégique");
            List<UUID> steeringMembers = new ArrayList<>();
            List<UUID> strategicMembers = new ArrayList<>();
            // Members sit from the start of the first year of history, so that every meeting counts them; the strategic
            // committee's expected seats go to its members in turn (a committee with fewer members shows the seats still vacant).
            LocalDate since = LocalDate.of(year - HISTORY_YEARS, 1, 1);
            StrategicSeat[] seats = StrategicSeat.values();
            for (int i = 0; i < people.size(); i++) {
                governance.appoint(admin, campus.id(), steering, people.get(i).id(), since, null, college(people.get(i), partners));
                steeringMembers.add(people.get(i).id());
                if (i % 2 == 0) {
                    int seat = strategicMembers.size();
                    governance.appoint(admin, campus.id(), strategic, people.get(i).id(), since, seat < seats.length ? seats[seat] : null, null);
                    strategicMembers.add(people.get(i).id());
                }
            }
            governance.configure(admin, campus.id(), steering, steeringMembers.get(0), 4);
            governance.configure(admin, campus.id(), strategic, strategicMembers.get(0), 2);
            // The years before: fewer meetings of the steering committee, better attended year after year (indicators' trends),
            // drawn apart so that the current year's draws stay as they were.
            Random history = new Random(31L * campus.slug().hashCode());
            for (int past = HISTORY_YEARS; past >= 1; past--) {
                for (int month : new int[] {3, 6, 11}) {
                    meeting(admin, campus, steering, steeringMembers, day(year - past, month, DayOfWeek.TUESDAY).atTime(14, 0), 2, Visibility.BODY,
                            history, now, 7 - past);
                }
            }
            for (int month : new int[] {1, 4, 6, 10, 12}) {
                meeting(admin, campus, steering, steeringMembers, day(year, month, DayOfWeek.TUESDAY).atTime(14, 0), 2, Visibility.BODY, random, now, 7);
            }
            for (int month : new int[] {3, 11}) {
                meeting(admin, campus, strategic, strategicMembers, day(year, month, DayOfWeek.THURSDAY).atTime(9, 30), 3, Visibility.PARTNERS,
                        random, now, 7);
            }
            budget(admin, campus, year, partners, random);
        }
    }

    /** The COPIL college of a person, by the kind of their organisation. */
    private static College college(Contact person, List<Partner> partners) {
        OrganisationKind kind = partners.stream().map(Partner::organisation).filter(o -> o.id().equals(person.organisationId()))
                .map(o -> o.kind()).findFirst().orElse(OrganisationKind.OTHER);
        return switch (kind) {
            case SCHOOL, APPRENTICE_CENTRE, GRETA, UNIVERSITY, IUT, ENGINEERING_SCHOOL, RESEARCH_LAB -> College.TRAINING_RESEARCH;
            case COMPANY, CLUSTER -> College.ECONOMY;
            case LOCAL_AUTHORITY, STATE_SERVICE, OTHER -> College.TERRITORIES;
        };
    }

    private List<Contact> people(Actor admin, List<Partner> partners, Random random) {
        List<Contact> people = new ArrayList<>();
        for (Partner partner : partners) {
            int count = partners.size() == 1 ? 3 : 2;
            for (int i = 0; i < count; i++) {
                String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + "." + Integer.toHexString(random.nextInt(0xFFFF))
                        + "@demo.passerelle.test";
                people.add(directory.addPerson(admin, partner.organisation().id(),
                        new PersonDetails(first, last, JOB_TITLES[random.nextInt(JOB_TITLES.length)], email, null)));
            }
        }
        return people;
    }

    private void meeting(Actor admin, CampusCard campus, UUID bodyId, List<UUID> members, LocalDateTime start, int hours,
                         Visibility visibility, Random random, LocalDateTime now, int presentInTen) {
        LocalDateTime end = start.plusHours(hours);
        UUID meeting = governance.plan(admin, campus.id(), bodyId, new MeetingDetails(start, end,
                "Lycée support du campus, salle du conseil", null,
                "1. Point d'étape du plan d'actions\n2. Suivi du budget et des financements\n3. Questions diverses", visibility));
        if (!end.isBefore(now)) {
            return;
        }
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        for (UUID member : members) {
            int draw = random.nextInt(10);
            attendance.put(member, draw < presentInTen ? AttendanceStatus.PRESENT : draw < 9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
        }
        governance.recordOutcome(admin, campus.id(), meeting, attendance,
                "Les membres ont fait le point sur les actions menées depuis la dernière réunion et sur l'exécution du budget.",
                "Le plan d'actions est validé. Le prochain forum des métiers est confié au groupe de travail orientation.");
        attendance.forEach((person, status) -> {
            if (status == AttendanceStatus.PRESENT) {
                boolean answered = random.nextInt(4) > 0;
                governance.recordSurvey(admin, campus.id(), meeting, person, end.plusHours(2), answered ? 3 + random.nextInt(3) : null,
                        answered ? end.plusDays(1) : null);
            }
        });
    }

    private void budget(Actor admin, CampusCard campus, int year, List<Partner> partners, Random random) {
        budgets.open(admin, campus.id(), year);
        int scale = 60 + random.nextInt(60);
        line(admin, campus, year, true, "STAFF", "Direction opérationnelle (poste à temps plein)", 1000 * scale / 2, true);
        line(admin, campus, year, true, "ACTIONS", "Forums des métiers et journées portes ouvertes", 180 * scale, true);
        line(admin, campus, year, true, "COMMUNICATION", "Site, supports et réseaux sociaux", 60 * scale, false);
        line(admin, campus, year, true, "TRAVEL", "Déplacements de l'équipe et des élèves", 50 * scale, false);
        line(admin, campus, year, false, "REGION", "Subvention régionale de fonctionnement", 500 * scale, true);
        line(admin, campus, year, false, "STATE", "Moyens de l'Éducation nationale", 150 * scale, true);
        line(admin, campus, year, false, "COMPANIES", "Mécénat et participation des entreprises", 80 * scale, false);
        Partner partner = partners.get(0);
        budgets.addContribution(admin, campus.id(), year, partner.organisation().id(), BudgetCodes.ContributionKind.STAFF,
                "Interventions de professionnels dans les formations", new BigDecimal(40 * scale));
        if (partners.size() > 1) {
            budgets.addContribution(admin, campus.id(), year, partners.get(1).organisation().id(),
                    BudgetCodes.ContributionKind.IN_KIND, "Prêt de locaux et d'équipements", new BigDecimal(25 * scale));
        }
        budgets.addFundingRequest(admin, campus.id(), year, BudgetCodes.Funder.FRANCE_2030, "Compétences et métiers d'avenir",
                new BigDecimal(3000 * scale), new BigDecimal(6400 * scale));
        UUID erasmus = budgets.addFundingRequest(admin, campus.id(), year, BudgetCodes.Funder.ERASMUS_PLUS, "Erasmus+ mobilité des apprenants",
                new BigDecimal(400 * scale), new BigDecimal(500 * scale));
        budgets.decideFundingRequest(admin, campus.id(), erasmus, BudgetCodes.FundingStatus.GRANTED, new BigDecimal(350 * scale));
    }

    private void line(Actor admin, CampusCard campus, int year, boolean expense, String category, String label, int planned, boolean spent) {
        BigDecimal amount = new BigDecimal(planned);
        budgets.addLine(admin, campus.id(), year, expense, category, label, amount,
                spent ? amount.multiply(new BigDecimal("0.8")).setScale(0, java.math.RoundingMode.HALF_UP) : null);
    }

    private static LocalDate day(int year, int month, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, weekday));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
