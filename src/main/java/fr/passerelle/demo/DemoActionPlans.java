package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionCodes.Status;
import fr.passerelle.governance.ActionCodes.Type;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.Visibility;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A plausible action plan of the current year for each demo campus (and shorter ones for the three years before): five actions of varied types, spread over the
 * year, done when their date is past (one of them abandoned), in progress or planned otherwise, with their partners
 * and the learners they reached. Generic facts only, drawn from a generator seeded by the campus's name, so that
 * every load gives the same plan.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoActionPlans {

    private record Template(Type type, String title, String place, Audience audience, int learners, int teachers, int cost,
                            Visibility visibility) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(Type.FAIR, "Forum des métiers et des formations de la filière", "Établissement support du campus", Audience.LYCEE, 180, 12, 3500, Visibility.PUBLIC),
            new Template(Type.COMPANY_VISIT, "Visites d’entreprises partenaires pour des lycéens", "Sites des entreprises partenaires", Audience.LYCEE, 60, 4, 900, Visibility.PARTNERS),
            new Template(Type.SCHOOL_TALK, "Interventions de professionnels dans les collèges", "Collèges du territoire", Audience.COLLEGE, 150, 6, 400, Visibility.PARTNERS),
            new Template(Type.TEACHER_TRAINING, "Immersion d’enseignants en entreprise", "Entreprises partenaires", Audience.STUDENTS, 0, 15, 1200, Visibility.PARTNERS),
            new Template(Type.TEACHING_KIT, "Kit pédagogique sur les métiers de la filière", null, Audience.COLLEGE, 90, 10, 2500, Visibility.PUBLIC),
            new Template(Type.CONTEST, "Concours d’innovation inter-établissements", "Établissement support du campus", Audience.LYCEE, 70, 8, 2000, Visibility.PUBLIC),
            new Template(Type.MOBILITY, "Stages Erasmus+ d’apprentis en Europe", null, Audience.APPRENTICES, 12, 2, 9000, Visibility.PARTNERS),
            new Template(Type.TRAINING, "Ouverture d’une formation colorée aux besoins de la filière", null, Audience.ADULTS, 14, 3, 5000, Visibility.PUBLIC),
            new Template(Type.EVENT, "Stand du campus à un salon régional de l’orientation", "Parc des expositions", Audience.LYCEE, 220, 5, 1500, Visibility.PUBLIC),
            new Template(Type.COMMUNICATION, "Lettre d’information du campus", null, Audience.JOB_SEEKERS, 0, 0, 600, Visibility.PUBLIC));

    private static final int[] MONTHS = {2, 4, 6, 10, 12};

    private final CampusRegistry registry;
    private final Directory directory;
    private final ActionPlans actionPlans;
    private final Clock clock;

    DemoActionPlans(CampusRegistry registry, Directory directory, ActionPlans actionPlans, Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.actionPlans = actionPlans;
        this.clock = clock;
    }

    /** Adds the action plan of the current year to every campus; returns how many actions were added. */
    int load() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (CampusCard campus : registry.all()) {
            Random random = new Random(campus.name().hashCode());
            List<UUID> partners = directory.partnersOf(campus.id()).stream().map(p -> p.organisation().id()).distinct().toList();
            List<Template> templates = new ArrayList<>(TEMPLATES);
            Collections.shuffle(templates, random);
            boolean abandoned = false;
            for (int i = 0; i < MONTHS.length; i++) {
                Template t = templates.get(i);
                LocalDate start = LocalDate.of(today.getYear(), MONTHS[i], 3 + random.nextInt(20));
                LocalDate end = t.type() == Type.MOBILITY ? start.plusDays(20) : t.type() == Type.TEACHER_TRAINING ? start.plusDays(2) : null;
                LocalDate last = end == null ? start : end;
                Status status = last.isBefore(today) ? Status.DONE : start.isAfter(today) ? Status.PLANNED : Status.IN_PROGRESS;
                String cause = null;
                if (status == Status.DONE && !abandoned && random.nextInt(4) == 0) {
                    status = Status.ABANDONED;
                    cause = "Report demandé par la structure d’accueil, faute de disponibilité à la date prévue.";
                    abandoned = true;
                }
                Map<Audience, Reach> learners = new EnumMap<>(Audience.class);
                int teachers = 0;
                if (status == Status.DONE || status == Status.IN_PROGRESS) {
                    if (t.learners() > 0) {
                        int total = t.learners() / 2 + random.nextInt(t.learners());
                        int girls = total * (30 + random.nextInt(30)) / 100;
                        int unspecified = random.nextInt(3) == 0 ? total / 10 : 0;
                        learners.put(t.audience(), new Reach(girls, total - girls - unspecified, unspecified));
                    }
                    teachers = t.teachers() == 0 ? 0 : t.teachers() / 2 + random.nextInt(t.teachers());
                }
                Set<UUID> involved = new LinkedHashSet<>();
                if (!partners.isEmpty()) {
                    involved.add(partners.get(random.nextInt(partners.size())));
                    if (partners.size() > 1 && random.nextBoolean()) {
                        involved.add(partners.get(random.nextInt(partners.size())));
                    }
                }
                String funder = t.type() == Type.MOBILITY ? "EU_FUNDS" : random.nextInt(3) == 0 ? "COMPANIES" : "REGION";
                actionPlans.add(campus.id(), new ActionDetails(today.getYear(), t.type(), t.title(), null, status, cause, start, end,
                        t.place(), t.visibility(), involved, learners, teachers, BigDecimal.valueOf(t.cost() / 2 + 50L * random.nextInt(t.cost() / 50)),
                        funder, null));
                count++;
            }
            count += history(campus, today.getYear(), partners);
            // Next year's forum is already planned and announced to the public, so the campus's public agenda has an upcoming item.
            LocalDate forum = today.plusMonths(2).withDayOfMonth(1).plusDays(random.nextInt(20));
            actionPlans.add(campus.id(), new ActionDetails(forum.getYear(), Type.FAIR, "Forum des métiers et des formations de la filière",
                    "Rencontres entre collégiens, lycéens, familles, entreprises et établissements du campus.", Status.PLANNED, null, forum, null,
                    "Établissement support du campus", fr.passerelle.governance.Visibility.PUBLIC, partners.isEmpty() ? Set.of() : Set.of(partners.get(0)),
                    Map.of(), 0, BigDecimal.valueOf(3000), "REGION", null));
            count++;
        }
        return count;
    }

    /**
     * The action plans of the three years before, all done, a few more actions and learners each year (the indicators'
     * trends), drawn apart so that the current year's plan stays as it was.
     */
    private int history(CampusCard campus, int year, List<UUID> partners) {
        Random random = new Random(31L * campus.name().hashCode());
        int count = 0;
        for (int past = 3; past >= 1; past--) {
            List<Template> templates = new ArrayList<>(TEMPLATES);
            Collections.shuffle(templates, random);
            int actions = 5 - past;
            for (int i = 0; i < actions; i++) {
                Template t = templates.get(i);
                LocalDate start = LocalDate.of(year - past, MONTHS[i], 3 + random.nextInt(20));
                Map<Audience, Reach> learners = new EnumMap<>(Audience.class);
                if (t.learners() > 0) {
                    int total = t.learners() * (5 - past) / 4;
                    int girls = total * (30 + random.nextInt(30)) / 100;
                    learners.put(t.audience(), new Reach(girls, total - girls, 0));
                }
                Set<UUID> involved = partners.isEmpty() || random.nextInt(3) == 0 ? Set.of() : Set.of(partners.get(random.nextInt(partners.size())));
                actionPlans.add(campus.id(), new ActionDetails(year - past, t.type(), t.title(), null, Status.DONE, null, start, null, t.place(),
                        t.visibility(), involved, learners, t.teachers() / 2, BigDecimal.valueOf(t.cost()), "REGION", null));
                count++;
            }
        }
        return count;
    }
}
