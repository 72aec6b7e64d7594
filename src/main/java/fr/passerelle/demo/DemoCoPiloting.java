package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo regional co-piloting (source 001): for Hauts-de-France and Île-de-France, a regional strategic committee with
 * five years of meetings and attendance (Île-de-France's three-rectors committee meets once a year), a regional cell
 * meeting in February, May and October, and a directors' working group; and one national network, the campuses of the
 * sea and of mobility, whose members include the demo director's campus. Fictitious people; deterministic. Written
 * through governance's {@link CoPiloting} as the national administrator.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoCoPiloting {

    static final String ILE_DE_FRANCE = "11";
    private static final int YEARS = 5;

    private final CampusRegistry registry;
    private final Directory directory;
    private final CoPiloting coPiloting;
    private final Accounts accounts;
    private final Clock clock;

    DemoCoPiloting(CampusRegistry registry, Directory directory, CoPiloting coPiloting, Accounts accounts, Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.coPiloting = coPiloting;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A person and the seat they hold. */
    private record Seat(UUID personId, RegionalSeat seat) {
    }

    /** Called by {@link DemoData} once the campuses, their governance and the accounts exist. */
    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone()));
        UUID directedCampus = accounts.byUsername("direction").orElseThrow().campusId();
        region(admin, DemoData.DEMO_REGION, "Hauts-de-France", List.of("Recteur de la région académique Hauts-de-France"),
                new int[] {3, 11}, directedCampus, now);
        region(admin, ILE_DE_FRANCE, "Île-de-France", List.of("Recteur de l'académie de Paris", "Rectrice de l'académie de Créteil",
                "Recteur de l'académie de Versailles"), new int[] {6}, directedCampus, now);
        network(admin, directedCampus, now);
    }

    private void region(Actor admin, String code, String name, List<String> rectors, int[] committeeMonths, UUID directedCampus, LocalDateTime now) {
        Random random = new Random(code.hashCode());
        Scope scope = Scope.region(code);
        LocalDate since = LocalDate.of(now.getYear() - YEARS + 1, 1, 1);
        UUID academy = organisation(OrganisationKind.STATE_SERVICE, "Région académique " + name + " — DAFPIC / DAET");
        UUID council = organisation(OrganisationKind.LOCAL_AUTHORITY, "Conseil régional " + name);
        UUID dreets = organisation(OrganisationKind.STATE_SERVICE, "DREETS " + name);
        List<Seat> authorities = new ArrayList<>();
        String[] rectorNames = {"Gérard Lemaire", "Christine Vasseur", "Olivier Mercier"};
        for (int i = 0; i < rectors.size(); i++) {
            authorities.add(new Seat(person(admin, academy, rectorNames[i], rectors.get(i), null), RegionalSeat.RECTOR));
        }
        authorities.add(new Seat(person(admin, council, "Nathalie Delcourt", "Présidente du conseil régional", null), RegionalSeat.REGION_PRESIDENT));
        authorities.add(new Seat(person(admin, dreets, "Bruno Hennequin", "Directeur régional de l'économie, de l'emploi, du travail et des solidarités",
                null), RegionalSeat.DREETS));
        authorities.add(new Seat(person(admin, academy, "Sylvie Carpentier", "Déléguée académique à la formation professionnelle initiale et continue",
                null), RegionalSeat.DAFPIC_DAET));
        List<Seat> directors = new ArrayList<>();
        for (CampusCard campus : registry.all().stream().filter(c -> c.regionCode().equals(code)).toList()) {
            directors.add(new Seat(director(admin, campus, directedCampus), RegionalSeat.OPERATIONAL_DIRECTOR));
        }

        // The regional strategic committee: the authorities and the directors, over five years.
        boolean threeRectors = rectors.size() > 1;
        UUID committee = coPiloting.constitute(admin, code, BodyKind.REGIONAL_STRATEGIC_COMMITTEE,
                threeRectors ? "Comité stratégique régional des trois recteurs" : "Comité stratégique régional");
        List<Seat> committeeSeats = new ArrayList<>(authorities);
        committeeSeats.addAll(directors);
        appoint(admin, scope, committee, committeeSeats, since);
        coPiloting.configure(admin, scope, committee, authorities.get(0).personId(), committeeMonths.length);
        for (int year = since.getYear(); year <= now.getYear(); year++) {
            // Attendance grows over the years, as the committee settles.
            int presence = 5 + (year - since.getYear());
            for (int month : committeeMonths) {
                meeting(admin, scope, committee, committeeSeats, day(year, month, DayOfWeek.THURSDAY).atTime(9, 30), 3,
                        "1. Revue annuelle des campus de la région\n2. Validation des indicateurs\n3. Projets de labellisation de l'année suivante",
                        "Revue des campus de la région ; les indicateurs présentés sont validés.", presence, random, now);
            }
        }

        // The regional cell: the DAFPIC/DAET, the DREETS and the Conseil régional, in February, May and October.
        UUID cell = coPiloting.constitute(admin, code, BodyKind.REGIONAL_CELL, "Cellule régionale");
        List<Seat> cellSeats = authorities.stream().filter(s -> s.seat() != RegionalSeat.RECTOR).toList();
        appoint(admin, scope, cell, cellSeats, since);
        coPiloting.configure(admin, scope, cell, cellSeats.get(cellSeats.size() - 1).personId(), 3);
        for (int year = now.getYear() - 1; year <= now.getYear(); year++) {
            for (int month : new int[] {2, 5, 10}) {
                meeting(admin, scope, cell, cellSeats, day(year, month, DayOfWeek.TUESDAY).atTime(14, 0), 2,
                        "1. Suivi des campus et des projets\n2. Préparation du comité stratégique", "Point d'étape sur les campus de la région.",
                        8, random, now);
            }
        }

        // The directors' working group.
        UUID group = coPiloting.constitute(admin, code, BodyKind.DIRECTORS_GROUP, "Groupe de travail des directeurs opérationnels");
        appoint(admin, scope, group, directors, since);
        coPiloting.configure(admin, scope, group, null, 4);
        for (int year = now.getYear() - 1; year <= now.getYear(); year++) {
            for (int month : new int[] {1, 4, 9, 12}) {
                meeting(admin, scope, group, directors, day(year, month, DayOfWeek.FRIDAY).atTime(10, 0), 2,
                        "1. Échange de pratiques\n2. Actions communes des campus", "Partage des actions menées par chaque campus.", 7, random, now);
            }
        }
    }

    private void network(Actor admin, UUID directedCampus, LocalDateTime now) {
        Random random = new Random(42);
        Set<UUID> members = new LinkedHashSet<>();
        members.add(directedCampus);
        registry.all().stream().filter(c -> c.sector() == Sector.MOBILITY || c.otherSectors().contains(Sector.MOBILITY)).limit(6)
                .forEach(c -> members.add(c.id()));
        UUID organisation = organisation(OrganisationKind.OTHER, "Réseau national des campus de la mer");
        UUID representative = person(admin, organisation, "Yann Le Goff", "Représentant national du réseau", "representant.mer@demo.passerelle.test");
        UUID network = coPiloting.createNetwork(admin, "Campus de la mer et du maritime", Sector.MOBILITY, representative, members);
        Scope scope = Scope.network(network);
        UUID body = coPiloting.bodyOfNetwork(admin, network);
        List<Seat> seats = new ArrayList<>(List.of(new Seat(representative, RegionalSeat.NATIONAL_REPRESENTATIVE)));
        for (UUID campus : members) {
            seats.add(new Seat(director(admin, registry.byId(campus).orElseThrow(), directedCampus), RegionalSeat.OPERATIONAL_DIRECTOR));
        }
        LocalDate since = LocalDate.of(now.getYear() - 1, 1, 1);
        appoint(admin, scope, body, seats, since);
        coPiloting.configure(admin, scope, body, representative, 2);
        for (int year = now.getYear() - 1; year <= now.getYear() + 1; year++) {
            for (int month : new int[] {4, 11}) {
                meeting(admin, scope, body, seats, day(year, month, DayOfWeek.WEDNESDAY).atTime(10, 0), 3,
                        "1. Actualité de la filière maritime\n2. Projets communs des campus du réseau", "Les campus du réseau mutualisent leurs actions.",
                        7, random, now);
            }
        }
    }

    /**
     * The person of the directory who directs the campus: the demo director's own address for the campus of the account
     * {@code direction}, so that the account finds its seats. Created once per campus, in its first partner.
     */
    private final Map<UUID, UUID> directors = new LinkedHashMap<>();

    private UUID director(Actor admin, CampusCard campus, UUID directedCampus) {
        return directors.computeIfAbsent(campus.id(), id -> {
            UUID organisation = directory.partnersOf(id).stream().map(p -> p.organisation().id()).findFirst()
                    .orElseGet(() -> organisation(OrganisationKind.OTHER, "Structure porteuse — " + campus.name()));
            String[] names = {"Claire Dumont", "Antoine Roussel", "Émilie Marchand", "Hugo Lambert", "Léa Fontaine", "Marc Giraud", "Julie Perrin"};
            String name = names[Math.floorMod(campus.slug().hashCode(), names.length)];
            return person(admin, organisation, name, "Directeur·rice opérationnel·le du campus",
                    id.equals(directedCampus) ? "direction@demo.passerelle.test" : null);
        });
    }

    private void appoint(Actor admin, Scope scope, UUID body, List<Seat> seats, LocalDate since) {
        for (Seat seat : seats) {
            coPiloting.appoint(admin, scope, body, seat.personId(), since, seat.seat());
        }
    }

    /** A meeting; once over, its attendance (each member present {@code presence} times out of ten), minutes and decisions. */
    private void meeting(Actor admin, Scope scope, UUID body, List<Seat> seats, LocalDateTime start, int hours, String agenda, String decisions,
                         int presence, Random random, LocalDateTime now) {
        LocalDateTime end = start.plusHours(hours);
        UUID meeting = coPiloting.plan(admin, scope, body, new MeetingDetails(start, end,
                scope.isRegion() ? "Rectorat de région académique, salle du conseil" : null,
                scope.isRegion() ? null : "https://visio.demo.passerelle.test/reseau-mer", agenda, Visibility.BODY));
        if (!end.isBefore(now)) {
            return;
        }
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        for (Seat seat : seats) {
            int draw = random.nextInt(10);
            attendance.put(seat.personId(), draw < presence ? AttendanceStatus.PRESENT : draw < 9 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
        }
        coPiloting.recordOutcome(admin, scope, meeting, attendance, "Les membres ont fait le point sur les campus et les projets en cours.", decisions);
    }

    private UUID organisation(OrganisationKind kind, String name) {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        return directory.findByName(name).orElseGet(() -> directory.register(admin, OrganisationDetails.of(kind, name))).id();
    }

    private UUID person(Actor admin, UUID organisation, String fullName, String jobTitle, String email) {
        String[] parts = fullName.split(" ", 2);
        Contact contact = directory.addPerson(admin, organisation, new PersonDetails(parts[0], parts[1], jobTitle, email, null));
        return contact.id();
    }

    private static LocalDate day(int year, int month, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, weekday));
    }
}
