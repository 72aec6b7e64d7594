package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.labelling.ApplicationParts;
import fr.passerelle.labelling.ApplicationQueries;
import fr.passerelle.labelling.ApplicationView;
import fr.passerelle.labelling.ApplicationDrafts;
import fr.passerelle.labelling.Applications;
import fr.passerelle.labelling.CallView;
import fr.passerelle.labelling.Calls;
import fr.passerelle.labelling.ConstructionAdvice;
import fr.passerelle.labelling.Criterion;
import fr.passerelle.labelling.ExpertReviews;
import fr.passerelle.labelling.ExternalEvaluationConclusion;
import fr.passerelle.labelling.ExternalEvaluations;
import fr.passerelle.labelling.OpinionBody;
import fr.passerelle.labelling.OperationalDirection;
import fr.passerelle.labelling.ProgressReports;
import fr.passerelle.labelling.ReportPurpose;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.labelling.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A demonstration call of the current year with a dossier at every step of the chain, on the campuses of
 * Hauts-de-France (where the demo accounts work) and one fictitious new project, so that a visitor sees the whole
 * chain from the draft to the decision.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoLabelling {

    private static final Map<Criterion, String> TEXTS = new EnumMap<>(Criterion.class);

    static {
        TEXTS.put(Criterion.DIAGNOSIS, "Le diagnostic a été conduit avec la région, l'observatoire régional emploi-formation et les branches : "
                + "métiers en tension, départs à la retraite, besoins de qualification de niveau 4 à 6, attractivité faible auprès des jeunes "
                + "et des filles. Il est partagé par les membres du comité d'orientation stratégique.");
        TEXTS.put(Criterion.PERIMETER, "Le campus réunit lycées professionnels, CFA, GRETA, IUT, université, laboratoires, entreprises, "
                + "branches et collectivités du territoire. Les formations concernées vont du CAP au master ; la carte des partenaires et "
                + "des certifications est tenue à jour sur la plateforme.");
        TEXTS.put(Criterion.STRATEGIC_GOALS, "Trois objectifs pour quatre ans : rendre les métiers de la filière visibles dès le collège, "
                + "faire progresser de 15 % les effectifs en apprentissage, ouvrir deux formations nouvelles avec les entreprises. "
                + "Chaque objectif a ses indicateurs et sa cible annuelle.");
        TEXTS.put(Criterion.REGIONAL_GOVERNANCE, "Un comité d'orientation stratégique co-présidé par le recteur et la présidente de région "
                + "se réunit deux fois par an ; il valide le budget, le plan d'actions et les indicateurs. Le comité régional des campus "
                + "assure la cohérence avec les autres campus de la région.");
        TEXTS.put(Criterion.OPERATIONAL_STEERING, "Une directrice opérationnelle à temps plein, lettre de mission signée du recteur, "
                + "anime le campus avec un comité de pilotage trimestriel et des groupes de travail thématiques. Le plan d'actions annuel "
                + "est suivi sur la plateforme.");
        TEXTS.put(Criterion.MEANS, "Le budget annuel associe la région, l'État, les entreprises et les fonds européens ; les partenaires "
                + "apportent des contributions financières, matérielles et humaines valorisées. Une demande France 2030 finance les "
                + "équipements pédagogiques.");
        TEXTS.put(Criterion.IDENTITY, "Une identité visuelle commune, un site vitrine, une présence sur les réseaux sociaux et des "
                + "événements annuels (forum des métiers, trophées des apprentis) font connaître le campus et fédèrent ses membres "
                + "autour d'un projet partagé.");
        TEXTS.put(Criterion.PLACES, "Un plateau technique partagé, un tiers-lieu d'innovation ouvert aux élèves et aux entreprises, "
                + "un internat rénové et des espaces de vie étudiante accueillent les apprenants de tous les établissements du campus "
                + "et les salariés en formation.");
        TEXTS.put(Criterion.PATHWAYS, "Des parcours mixtes scolaire-apprentissage, des passerelles entre bac professionnel et BTS, "
                + "des modules communs aux établissements et des formations courtes pour les salariés sont construits avec les "
                + "entreprises ; les taux d'insertion sont suivis avec InserJeunes.");
        TEXTS.put(Criterion.INTERNATIONAL, "Des mobilités Erasmus+ pour les apprenants et les enseignants, des partenariats avec deux "
                + "établissements européens et une participation au réseau thématique national donnent au campus une visibilité "
                + "au-delà de son territoire.");
        TEXTS.put(Criterion.QUALITY, "Une autoévaluation annuelle sur les cinq thèmes du référentiel (gouvernance, innovation, relation "
                + "école-entreprise, parcours et insertion, culture et mobilité) alimente le rapport d'activité et le plan d'amélioration "
                + "validés par le comité d'orientation.");
        TEXTS.put(Criterion.NATIONAL_ISSUE, "La filière porte un enjeu national de réindustrialisation et de transition écologique : les "
                + "besoins en compétences dépassent la région et le campus forme pour des entreprises implantées dans tout le pays.");
        TEXTS.put(Criterion.RESEARCH, "Deux laboratoires universitaires et un centre technique apportent leurs plateformes de recherche ; "
                + "des doctorants interviennent dans les formations et des projets tutorés associent lycéens, étudiants et chercheurs.");
        TEXTS.put(Criterion.EMBLEMATIC_PREMISES, "Un bâtiment emblématique réhabilité accueille le plateau technique, les espaces "
                + "d'exposition et le centre de ressources ; il est ouvert aux visites des collèges, aux familles et aux événements de la filière tout au long de l'année.");
        TEXTS.put(Criterion.SPORT_CULTURE_HOUSING, "L'internat de 180 places, l'association sportive commune et la programmation "
                + "culturelle du tiers-lieu offrent aux apprenants un cadre de vie complet, ouvert aux apprentis, aux étudiants et aux stagiaires de la formation continue.");
        TEXTS.put(Criterion.EUROPEAN_PARTNERSHIPS, "Au-delà des mobilités, le campus conduit un projet européen de coopération sur "
                + "les compétences vertes avec trois partenaires étrangers et co-construit des modules de formation reconnus dans les pays partenaires.");
        TEXTS.put(Criterion.EXTERNAL_EVALUATION, "Une évaluation externe par un cabinet indépendant est prévue en troisième année, "
                + "avant la fin de la labellisation ; ses conclusions seront présentées au comité d'orientation stratégique et publiées sur le site du campus.");
    }

    private final Calls calls;
    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final ApplicationQueries queries;
    private final ExpertReviews reviews;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final ConstructionAdvice advice;
    private final ExternalEvaluations externalEvaluations;
    private final ProgressReports progressReports;
    private final SelfEvaluations selfEvaluations;
    private final Clock clock;
    /** The label granted at mid-term: its progress reports open once the self-evaluations are loaded ({@link #loadReports}). */
    private UUID labelAtMidTerm;
    /** A submitted dossier of Hauts-de-France awaiting its regional opinions, and one whose opinions are given: the deployment plan follows them. */
    UUID submittedDossier;
    UUID dossierWithOpinions;

    DemoLabelling(ApplicationDrafts drafts, Calls calls, Applications applications, ApplicationQueries queries, ExpertReviews reviews, CampusRegistry registry, Accounts accounts,
                  ConstructionAdvice advice, ExternalEvaluations externalEvaluations, ProgressReports progressReports,
                  SelfEvaluations selfEvaluations, Clock clock) {
        this.progressReports = progressReports;
        this.selfEvaluations = selfEvaluations;
        this.advice = advice;
        this.externalEvaluations = externalEvaluations;
        this.calls = calls;
        this.applications = applications;
        this.drafts = drafts;
        this.queries = queries;
        this.reviews = reviews;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Called by {@link DemoData} once the demo campuses, organisations and accounts exist. */
    void load() {
        int year = LocalDate.now(clock).getYear();
        Actor admin = accounts.byUsername("admin").orElseThrow();
        CallView call = calls.create(admin, new Calls.CallDetails(year, "Appel à projets Campus des métiers et des qualifications " + year + " (démonstration)",
                LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 15), "L'appel est ouvert aux **nouveaux projets** et au **renouvellement** "
                + "des campus labellisés, en catégorie standard ou Excellence.\n\nLes dossiers répondent aux onze critères du cahier des charges "
                + "et joignent la lettre d'engagement de la région.", true, true));
        calls.addDocument(admin, call.id(), "Lettre d'engagement de la région", "Signée par la présidence du conseil régional.", true);
        calls.addDocument(admin, call.id(), "Lettre de mission de la direction opérationnelle", null, false);
        calls.setGuidance(admin, call.id(), Criterion.MEANS, "Présentez le budget prévisionnel sur quatre ans et les contributions de chaque partenaire.");
        calls.publish(admin, call.id());

        Actor coordination = accounts.byUsername("coordination").orElseThrow();
        List<Actor> experts = accounts.withRole(Role.EXPERT);
        List<CampusCard> campuses = registry.all().stream().filter(c -> c.regionCode().equals("32")).toList();
        if (campuses.size() < 7 || experts.size() < 2) {
            return;
        }
        LocalDate today = LocalDate.now(clock);

        UUID draft = open(call, campuses.get(0), LabelCategory.STANDARD, coordination);
        write(draft, coordination, 6);
        // The expert group supports the draft while it is written, apart from its review.
        Actor advisor = experts.get(experts.size() - 1);
        advice.attach(admin, draft, List.of(advisor.accountId()));
        advice.post(advisor, draft, "Le diagnostic gagnerait à chiffrer les besoins de recrutement des entreprises partenaires, "
                + "par métier et par niveau de qualification.");
        advice.post(coordination, draft, "Merci : les chiffres de l'observatoire régional seront ajoutés au critère 1 d'ici la fin du mois.");

        UUID submitted = submitted(call, campuses.get(1), LabelCategory.STANDARD, coordination);
        submittedDossier = submitted;

        UUID inReview = regional(submitted(call, campuses.get(2), LabelCategory.STANDARD, coordination), coordination, today);
        dossierWithOpinions = inReview;
        applications.assignExperts(admin, inReview, experts.stream().limit(2).map(Actor::accountId).toList());
        reviews.score(experts.get(1), inReview, reviews.openReview(experts.get(1), inReview).version(), scores(inReview, 3, false), false);

        UUID navette = reviewed(regional(submitted(call, campuses.get(3), LabelCategory.STANDARD, coordination), coordination, today), admin, experts);
        applications.requestChanges(admin, navette, version(navette), "Le groupe d'expertise demande :\n- de chiffrer les effectifs visés par "
                + "formation ;\n- de préciser le rôle du comité régional dans le suivi des indicateurs.");

        UUID cnee = synthesis(reviewed(regional(submitted(call, campuses.get(4), LabelCategory.STANDARD, coordination), coordination, today),
                admin, experts), admin, today);

        UUID decision = cnee(synthesis(reviewed(regional(submitted(call, campuses.get(5), LabelCategory.EXCELLENCE, coordination), coordination,
                today), admin, experts), admin, today), admin, today);

        UUID granted = cnee(synthesis(reviewed(regional(submitted(call, campuses.get(6), LabelCategory.STANDARD, coordination), coordination,
                today), admin, experts), admin, today), admin, today);
        // Granted two years ago and a day: the label is at mid-term, its mid-term report opens with the self-evaluations loaded.
        LocalDate grantedOn = today.minusYears(2).minusDays(1);
        applications.decide(admin, granted, version(granted), true, LabelCategory.STANDARD, grantedOn, "CMQ-" + grantedOn.getYear() + "-014", null);
        labelAtMidTerm = granted;

        Actor referent = accounts.byUsername("referent").orElseThrow();
        ApplicationView project = drafts.create(referent, new ApplicationDrafts.NewApplication(call.id(), null,
                "Projet de campus Hydrogène et énergies décarbonées (fictif)", Sector.ENERGY_TRANSITION, "09", LabelCategory.STANDARD));
        write(project.id(), referent, TEXTS.size());
        attachMandatoryDocuments(call, project.id(), referent);
        commitToRecruit(project.id(), referent);
        applications.submit(referent, project.id(), version(project.id()), null);
        UUID refused = cnee(synthesis(reviewed(regional(project.id(), coordination, today), admin, experts), admin, today), admin, today);
        applications.decide(admin, refused, version(refused), false, null, today, "CMQ-" + today.getYear() + "-015", "Le projet recouvre largement le périmètre d'un campus "
                + "existant de la région ; les porteurs sont invités à le rejoindre et à présenter un projet commun au prochain appel.");

        externalEvaluations(admin, experts, today);
    }

    /**
     * Called by {@link DemoData} once the indicators and the self-evaluations are loaded: the label at mid-term has its
     * mid-term report, pre-filled with the campus's data, indicators and self-evaluation of this year (written and
     * submitted here by its director when the demo campaign left it a draft), and a stage report asked for by the
     * regional coordination.
     */
    void loadReports() {
        if (labelAtMidTerm == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ApplicationView label = queries.byId(labelAtMidTerm).orElseThrow();
        UUID campus = label.campusId();
        UUID directed = accounts.byUsername("direction").map(Actor::campusId).orElse(null);
        if (selfEvaluations.latestSubmitted(campus).isEmpty() && !campus.equals(directed)) {
            submitSelfEvaluation(campus, label.projectName(), today.getYear());
        }
        progressReports.openScheduled(labelAtMidTerm, ReportPurpose.MID_TERM, today.plusMonths(3));
        Actor coordination = accounts.byUsername("coordination").orElseThrow();
        progressReports.openStage(coordination, labelAtMidTerm, new ProgressReports.StageRequest(
                "Suivi des recommandations du groupe d’expertise sur la gouvernance régionale", today.plusMonths(2)));
    }

    private void submitSelfEvaluation(UUID campus, String name, int year) {
        long version;
        try {
            version = selfEvaluations.version(campus, year);
        } catch (RuntimeException notInTheCampaign) {
            return;
        }
        Actor director = new Actor(UUID.randomUUID(), "direction-demo", "Direction opérationnelle — " + name, Role.OPERATIONAL_DIRECTOR, null, null,
                campus, null, null);
        List<SelfEvaluations.ThemeAssessment> themes = List.of(
                new SelfEvaluations.ThemeAssessment(Theme.GOVERNANCE, 3, "Comité de pilotage réuni trois fois par an, entreprises et région présentes à chaque séance.",
                        "Formaliser le suivi des indicateurs en comité stratégique régional.", "Tableau de bord partagé avant chaque comité.", java.util.Set.of()),
                new SelfEvaluations.ThemeAssessment(Theme.INNOVATION, 2, "Plateau technique partagé entre le lycée et le CFA du campus.",
                        "Associer davantage les laboratoires universitaires aux projets des apprenants.", "Un projet tutoré par an avec un laboratoire.", java.util.Set.of()),
                new SelfEvaluations.ThemeAssessment(Theme.SCHOOL_BUSINESS, 3, "Réseau de quarante entreprises de la filière accueillant des stagiaires.",
                        "Mieux suivre les périodes de formation en milieu professionnel.", "Calendrier des PFMP commun aux établissements.", java.util.Set.of()),
                new SelfEvaluations.ThemeAssessment(Theme.PATHWAYS, 3, "Parcours du CAP au BTS et une licence professionnelle ouverte en apprentissage.",
                        "Relever le taux de poursuite d’études des bacheliers professionnels.", "Modules passerelles vers le BTS.", java.util.Set.of()),
                new SelfEvaluations.ThemeAssessment(Theme.CULTURE_MOBILITY, 2, "Premières mobilités Erasmus+ d’apprentis en Belgique.",
                        "Étendre les mobilités aux lycéens et aux enseignants.", "Candidature à l’accréditation Erasmus+.", java.util.Set.of()));
        selfEvaluations.draft(director, campus, year, version, themes);
        selfEvaluations.submit(director, campus, year, selfEvaluations.version(campus, year));
    }

    /**
     * Two Excellence labels of Auvergne-Rhône-Alpes near their end: one whose external evaluation is reported, one whose
     * evaluation is scheduled with its evaluator.
     */
    private void externalEvaluations(Actor admin, List<Actor> experts, LocalDate today) {
        List<CampusCard> excellence = registry.all().stream().filter(c -> c.regionCode().equals("84")).limit(2).toList();
        if (excellence.size() < 2) {
            return;
        }
        Actor evaluator = experts.get(0);
        CampusCard reported = excellence.get(0);
        registry.grantLabel(reported.id(), LabelCategory.EXCELLENCE, today.minusYears(4).plusMonths(5), today.plusMonths(5));
        UUID done = externalEvaluations.schedule(admin, reported.id(), new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(1),
                "Vérifier la capacité de recherche mobilisée et les partenariats internationaux, exigences propres à la catégorie Excellence."));
        externalEvaluations.fileReport(evaluator, done, 0, "rapport-evaluation-externe.pdf", demoLetter("Rapport d'évaluation externe — " + reported.name()),
                "Le campus tient ses engagements de catégorie Excellence : laboratoires associés aux formations, mobilités "
                        + "européennes en hausse. Réserve : l'offre d'hébergement reste en deçà des besoins des apprentis.",
                ExternalEvaluationConclusion.FAVOURABLE_WITH_RESERVATIONS);
        CampusCard scheduled = excellence.get(1);
        registry.grantLabel(scheduled.id(), LabelCategory.EXCELLENCE, today.minusYears(3), today.plusYears(1));
        externalEvaluations.schedule(admin, scheduled.id(), new ExternalEvaluations.Plan(evaluator.accountId(), today.plusMonths(8), null));
    }

    private UUID open(CallView call, CampusCard campus, LabelCategory category, Actor promoter) {
        return drafts.create(promoter, new ApplicationDrafts.NewApplication(call.id(), campus.id(), null, null, null, category)).id();
    }

    private void write(UUID id, Actor promoter, int count) {
        ApplicationView dossier = queries.byId(id).orElseThrow();
        dossier.criteria().stream().limit(count).forEach(c ->
                drafts.saveSection(promoter, id, c, queries.section(id, c).revision(), TEXTS.get(c)));
    }

    private UUID submitted(CallView call, CampusCard campus, LabelCategory category, Actor promoter) {
        UUID id = open(call, campus, category, promoter);
        write(id, promoter, TEXTS.size());
        attachMandatoryDocuments(call, id, promoter);
        nameDirector(id, promoter, campus);
        applications.submit(promoter, id, version(id), null);
        return id;
    }

    /** The campus's operational director named in the dossier, with their mission letter signed by the recteur (a demo PDF). */
    private void nameDirector(UUID id, Actor promoter, CampusCard campus) {
        String name = "Direction du " + campus.name().replace("Campus des métiers et des qualifications ", "campus ") + " (personne fictive)";
        int revision = drafts.saveDirection(promoter, id, queries.direction(id).revision(), OperationalDirection.named(name,
                "direction." + campus.slug() + "@demo.passerelle.test", "01 99 00 00 00", "Rectorat de l'académie, mise à disposition du lycée support",
                LocalDate.now(clock).minusYears(1)));
        drafts.attachMissionLetter(promoter, id, revision, "lettre-de-mission-direction.pdf",
                demoLetter("Lettre de mission de la direction opérationnelle, signée par le recteur d'académie"));
    }

    /** The promoters of a new project commit to recruit its director. */
    private void commitToRecruit(UUID id, Actor promoter) {
        drafts.saveDirection(promoter, id, queries.direction(id).revision(), OperationalDirection.commitment(LocalDate.now(clock).plusMonths(6),
                "Le recteur de l'académie de Lille et la présidence du conseil régional des Hauts-de-France"));
    }

    /** The documents the call makes mandatory, as a one-page PDF each saying it stands for the real signed letter. */
    private void attachMandatoryDocuments(CallView call, UUID id, Actor promoter) {
        for (CallView.RequiredDocument document : calls.byId(call.id()).orElseThrow().documents()) {
            if (document.mandatory()) {
                drafts.attach(promoter, id, document.id(), "lettre-engagement-region.pdf", demoLetter(document.label()));
            }
        }
    }

    private static byte[] demoLetter(String title) {
        var out = new java.io.ByteArrayOutputStream();
        try (var pdf = new com.lowagie.text.Document()) {
            com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            pdf.open();
            pdf.add(new com.lowagie.text.Paragraph(title));
            pdf.add(new com.lowagie.text.Paragraph("Document de démonstration : il tient la place de la lettre signée que joint un vrai dossier."));
        }
        return out.toByteArray();
    }

    private UUID regional(UUID id, Actor coordination, LocalDate today) {
        applications.recordOpinion(coordination, id, version(id), OpinionBody.CAEN, Verdict.FAVOURABLE, today.minusDays(20),
                "Le projet s'inscrit dans la carte des formations et associe les établissements de l'académie.", null, null);
        // The Crefop's opinion is recorded by the région side of the co-pilots (ADR 0009).
        applications.recordOpinion(accounts.byUsername("conseil-regional").orElseThrow(), id, version(id), OpinionBody.CREFOP, Verdict.RESERVED,
                today.minusDays(15),
                "Avis favorable sous réserve de préciser la place de la formation continue des salariés.", null, null);
        return id;
    }

    private UUID reviewed(UUID id, Actor admin, List<Actor> experts) {
        applications.assignExperts(admin, id, experts.stream().limit(2).map(Actor::accountId).toList());
        for (Actor expert : experts.subList(0, 2)) {
            reviews.score(expert, id, reviews.openReview(expert, id).version(), scores(id, 3, true), true);
        }
        return id;
    }

    private UUID synthesis(UUID id, Actor admin, LocalDate today) {
        applications.recordOpinion(admin, id, version(id), OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, today.minusDays(5),
                "Projet solide, gouvernance claire ; le groupe recommande de renforcer l'ouverture internationale.", null, null);
        return id;
    }

    private UUID cnee(UUID id, Actor admin, LocalDate today) {
        applications.recordOpinion(admin, id, version(id), OpinionBody.CNEE, Verdict.FAVOURABLE, today.minusDays(2),
                "Le CNEE émet un avis favorable.", null, null);
        return id;
    }

    private Map<Criterion, ApplicationParts.Score> scores(UUID id, int base, boolean all) {
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        List<Criterion> criteria = queries.byId(id).orElseThrow().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (all || i < 4) {
                scores.put(criteria.get(i), new ApplicationParts.Score(Math.min(4, base + (i % 3 == 0 ? 1 : 0)), "Critère traité de façon convaincante."));
            }
        }
        return scores;
    }

    private long version(UUID id) {
        return queries.byId(id).orElseThrow().version();
    }
}
