package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * ApplicationParts brought to a given step through the services, as each role would: for tests that start further down the
 * chain, in this package and (through {@link #submittedDossier}) in the browser tests.
 */
public final class LabellingFixtures {

    static final String TEXT = LabellingChainTest.TEXT;

    private final Calls calls;
    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final ApplicationQueries queries;
    private final ExpertReviews reviews;
    private final Accounts accounts;

    LabellingFixtures(Calls calls, Applications applications, ApplicationDrafts drafts, ApplicationQueries queries, ExpertReviews reviews,
                      Accounts accounts) {
        this.calls = calls;
        this.applications = applications;
        this.drafts = drafts;
        this.queries = queries;
        this.reviews = reviews;
        this.accounts = accounts;
    }

    /** A published call open today, and one dossier of the academic referent of Lille submitted to it; returns the dossier. */
    public static UUID submittedDossier(ApplicationContext context, String callTitle, String projectName) {
        Calls calls = context.getBean(Calls.class);
        Applications applications = context.getBean(Applications.class);
        ApplicationDrafts drafts = context.getBean(ApplicationDrafts.class);
        ApplicationQueries queries = context.getBean(ApplicationQueries.class);
        Actor referent = context.getBean(Accounts.class).byUsername("referent").orElseThrow();
        LocalDate today = calls.today();
        UUID call = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(today.getYear(), callTitle, today.minusDays(10), today.plusDays(30), null, true, true)).id();
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), call);
        UUID id = drafts.create(referent, new ApplicationDrafts.NewApplication(call, null, projectName, Sector.FOOD, "09", LabelCategory.STANDARD)).id();
        for (Criterion criterion : queries.byId(id).orElseThrow().criteria()) {
            drafts.saveSection(referent, id, criterion, 0, TEXT);
        }
        directionCommitted(drafts, queries, referent, id);
        applications.submit(referent, id, queries.byId(id).orElseThrow().version(), null);
        return id;
    }

    /** The commitment to recruit the operational director, recorded by {@code promoter}: what a dossier needs at least to be submitted. */
    public static void directionCommitted(ApplicationDrafts drafts, ApplicationQueries queries, Actor promoter, UUID id) {
        drafts.saveDirection(promoter, id, queries.direction(id).revision(),
                OperationalDirection.commitment(LocalDate.of(2027, 9, 1), "Le recteur de l'académie et la présidente du conseil régional"));
    }

    /** A published call with one required document, and a dossier of it at each step that forms post to. */
    public record Chain(UUID call, UUID draft, UUID submitted, UUID inReview, UUID awaitingDecision) {
    }

    /**
     * A published call open today and four dossiers of the academic referent of Lille: a draft, one submitted (awaiting
     * the regional opinions), one in expert review with the demo expert {@code expert} assigned, and one awaiting the decision.
     */
    public static Chain chain(ApplicationContext context, String callTitle) {
        var fixtures = new LabellingFixtures(context.getBean(Calls.class), context.getBean(Applications.class), context.getBean(ApplicationDrafts.class), context.getBean(ApplicationQueries.class), context.getBean(ExpertReviews.class), context.getBean(Accounts.class));
        Calls calls = fixtures.calls;
        Applications applications = fixtures.applications;
        ApplicationDrafts drafts = fixtures.drafts;
        ApplicationQueries queries = fixtures.queries;
        LocalDate today = calls.today();
        UUID call = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(today.getYear(), callTitle, today.minusDays(10), today.plusDays(30), null, true, true)).id();
        calls.addDocument(fr.passerelle.TestActors.nationalAdmin(), call, "Lettre de soutien", null, false);
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), call);
        java.util.function.Function<String, UUID> submit = name -> {
            UUID id = drafts.create(fixtures.actor("referent"), new ApplicationDrafts.NewApplication(call, null, name, Sector.FOOD, "09",
                    LabelCategory.STANDARD)).id();
            fixtures.write(queries.byId(id).orElseThrow(), "referent");
            directionCommitted(drafts, queries, fixtures.actor("referent"), id);
            applications.submit(fixtures.actor("referent"), id, fixtures.version(id), null);
            return id;
        };
        UUID draft = drafts.create(fixtures.actor("referent"), new ApplicationDrafts.NewApplication(call, null, callTitle + " — brouillon",
                Sector.FOOD, "09", LabelCategory.STANDARD)).id();
        UUID submitted = submit.apply(callTitle + " — déposé");
        UUID inReview = submit.apply(callTitle + " — en expertise");
        fixtures.regionalOpinions(inReview);
        applications.assignExperts(fixtures.actor("admin"), inReview, List.of(fixtures.expert("expert").accountId(), fixtures.expert("expert-b").accountId()));
        UUID awaitingDecision = submit.apply(callTitle + " — en décision");
        fixtures.regionalOpinions(awaitingDecision);
        fixtures.reviewed(awaitingDecision);
        applications.recordOpinion(fixtures.actor("admin"), awaitingDecision, fixtures.version(awaitingDecision), OpinionBody.EXPERT_GROUP,
                Verdict.FAVOURABLE, today, "Solide.", null, null);
        applications.recordOpinion(fixtures.actor("admin"), awaitingDecision, fixtures.version(awaitingDecision), OpinionBody.CNEE,
                Verdict.FAVOURABLE, today, "Favorable.", null, null);
        return new Chain(call, draft, submitted, inReview, awaitingDecision);
    }

    public static final String NAVETTE_REQUEST = "Précisez comment la région siège dans la gouvernance du campus.";
    public static final String NAVETTE_ANSWER = "La gouvernance régionale est précisée au critère 3.";
    public static final String ADDED_SENTENCE = "Un comité régional stratégique se réunit deux fois par an.";
    public static final String GOVERNANCE_COMMENT = "Gouvernance régionale à préciser.";

    /**
     * A dossier in its second round of expert review: in the first, the demo experts {@code expert} and {@code expert-b}
     * scored every criterion 3 ("Solide."), the governance criterion 2 with {@link #GOVERNANCE_COMMENT}; a navette asked
     * {@link #NAVETTE_REQUEST}; the promoters added {@link #ADDED_SENTENCE} to that criterion alone, answered
     * {@link #NAVETTE_ANSWER} and submitted version 2. Returns the dossier.
     */
    public static UUID secondRound(ApplicationContext context, String title) {
        var fixtures = new LabellingFixtures(context.getBean(Calls.class), context.getBean(Applications.class), context.getBean(ApplicationDrafts.class),
                context.getBean(ApplicationQueries.class), context.getBean(ExpertReviews.class), context.getBean(Accounts.class));
        UUID id = fixtures.submitted(title).id();
        fixtures.regionalOpinions(id);
        List<Actor> experts = List.of(fixtures.expert("expert"), fixtures.expert("expert-b"));
        fixtures.applications.assignExperts(fixtures.actor("admin"), id, experts.stream().map(Actor::accountId).toList());
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        fixtures.queries.byId(id).orElseThrow().criteria().forEach(c -> scores.put(c, new ApplicationParts.Score(3, "Solide.")));
        scores.put(Criterion.REGIONAL_GOVERNANCE, new ApplicationParts.Score(2, GOVERNANCE_COMMENT));
        for (Actor expert : experts) {
            fixtures.reviews.score(expert, id, fixtures.reviews.openReview(expert, id).version(), scores, true);
        }
        fixtures.applications.requestChanges(fixtures.actor("admin"), id, fixtures.version(id), NAVETTE_REQUEST);
        int revision = fixtures.queries.section(id, Criterion.REGIONAL_GOVERNANCE).revision();
        fixtures.drafts.saveSection(fixtures.actor("referent"), id, Criterion.REGIONAL_GOVERNANCE, revision, TEXT + " " + ADDED_SENTENCE);
        fixtures.applications.submit(fixtures.actor("referent"), id, fixtures.version(id), NAVETTE_ANSWER);
        return id;
    }

    void regionalOpinions(UUID id) {
        applications.recordOpinion(actor("coordination"), id, version(id), OpinionBody.CAEN, Verdict.FAVOURABLE, calls.today(), "Favorable.", null, null);
        applications.recordOpinion(actor("conseil-regional"), id, version(id), OpinionBody.CREFOP, Verdict.FAVOURABLE, calls.today(), "Favorable.",
                null, null);
    }

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    Actor expert(String username) {
        return accounts.byUsername(username).orElseGet(() -> accounts.open(new NewAccount(username, username + "@demo.passerelle.test",
                "Expert " + username, "demo", Role.EXPERT, null, null, null, null)));
    }

    CallView openCall() {
        CallView call = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(calls.today().getYear(), "Appel " + UUID.randomUUID().toString().substring(0, 8),
                calls.today().minusDays(10), calls.today().plusDays(20), null, true, true));
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), call.id());
        return calls.require(call.id());
    }

    long version(UUID id) {
        return queries.byId(id).orElseThrow().version();
    }

    /** A dossier for a new campus of académie 09, written in full and submitted by the academic referent. */
    ApplicationView submitted(String name) {
        ApplicationView dossier = drafts.create(actor("referent"), new ApplicationDrafts.NewApplication(openCall().id(), null, name,
                Sector.MECHATRONICS, "09", LabelCategory.STANDARD));
        write(dossier, "referent");
        directionCommitted(drafts, queries, actor("referent"), dossier.id());
        applications.submit(actor("referent"), dossier.id(), version(dossier.id()), null);
        return queries.byId(dossier.id()).orElseThrow();
    }

    void write(ApplicationView dossier, String username) {
        for (Criterion criterion : dossier.criteria()) {
            drafts.saveSection(actor(username), dossier.id(), criterion, queries.section(dossier.id(), criterion).revision(), TEXT);
        }
    }

    /** Experts assigned and their reviews handed in, for the current round. */
    void reviewed(UUID id) {
        List<Actor> experts = List.of(expert("expert"), expert("expert-b"));
        if (queries.assignments(id).stream().filter(ApplicationParts.Assignment::active).count() < 2) {
            applications.assignExperts(actor("admin"), id, experts.stream().map(Actor::accountId).toList());
        }
        ApplicationView dossier = queries.byId(id).orElseThrow();
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        dossier.criteria().forEach(c -> scores.put(c, new ApplicationParts.Score(3, "Solide.")));
        for (Actor expert : experts) {
            reviews.score(expert, id, reviews.openReview(expert, id).version(), scores, true);
        }
    }

    /** A new campus labelled by a decision of {@code decidedOn}. */
    ApplicationView granted(String name, LocalDate decidedOn) {
        ApplicationView dossier = submitted(name);
        UUID id = dossier.id();
        applications.recordOpinion(actor("coordination"), id, version(id), OpinionBody.CAEN, Verdict.FAVOURABLE, calls.today(), "Favorable.", null, null);
        applications.recordOpinion(actor("conseil-regional"), id, version(id), OpinionBody.CREFOP, Verdict.FAVOURABLE, calls.today(), "Favorable.",
                null, null);
        reviewed(id);
        applications.recordOpinion(actor("admin"), id, version(id), OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, calls.today(), "Solide.", null, null);
        applications.recordOpinion(actor("admin"), id, version(id), OpinionBody.CNEE, Verdict.FAVOURABLE, calls.today(), "Favorable.", null, null);
        applications.decide(actor("admin"), id, version(id), true, LabelCategory.STANDARD, decidedOn, "CMQ-" + decidedOn.getYear() + "-001", null);
        return queries.byId(id).orElseThrow();
    }
}
