package fr.passerelle.labelling;

import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a step concerns, in the application and by e-mail (or in their daily digest): the two co-pilots of
 * the région (who record the CAEN and Crefop opinions) when a dossier is submitted, the experts when they are assigned or a new version arrives, the
 * promoters when the experts ask for changes and when the decision is taken, the administration at each of its steps.
 */
@Component
class LabellingNotices {

    private static final Notice.Category SUBMITTED = new Notice.Category("DOSSIER_DEPOSE", "Dossier déposé");
    private static final Notice.Category STEP = new Notice.Category("DOSSIER_ETAPE", "Étape d’un dossier");
    private static final Notice.Category EXPERTS = new Notice.Category("EXPERTISE_CONFIEE", "Expertise confiée");
    private static final Notice.Category NAVETTE = new Notice.Category("NAVETTE", "Compléments demandés");
    private static final Notice.Category DECISION = new Notice.Category("DECISION_LABEL", "Décision de labellisation");
    private static final Notice.Category ADVICE = new Notice.Category("APPUI_CONSTRUCTION", "Appui à la construction");

    private final ApplicationQueries applications;
    private final PromoterAccounts promoterAccounts;
    private final Notifications notifications;

    LabellingNotices(ApplicationQueries applications, PromoterAccounts promoterAccounts, Notifications notifications) {
        this.applications = applications;
        this.promoterAccounts = promoterAccounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(ProgressReportOpened event) {
        ApplicationView dossier = dossier(event.applicationId());
        ApplicationQueries.ReportInfo report = applications.report(event.applicationId()).orElseThrow();
        String why = switch (report.purpose()) {
            case MID_TERM -> "est à mi-parcours : son rapport d’étape est ouvert, pré-rempli avec les données du campus, ses indicateurs et sa dernière auto-évaluation.";
            case PRE_RENEWAL -> "prend fin dans un an : son évaluation préalable au renouvellement est ouverte, pré-remplie avec les données du campus, "
                    + "ses indicateurs et sa dernière auto-évaluation.";
            case STAGE -> "fait l’objet d’un point d’étape demandé par son suivi : « " + report.subject() + " ».";
        };
        send(promoters(dossier), STEP, "Rapport d’étape à rédiger : " + dossier.projectName(), "Le label du campus « "
                + dossier.projectName() + " » " + why + " Complétez-le et déposez-le au plus tard le " + CallView.DAY.format(report.dueOn())
                + " ; le groupe d’expertise l’examinera.", link(dossier));
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(regional(dossier), SUBMITTED, "Dossier déposé : " + dossier.projectName(), "Le dossier " + about(dossier)
                + " est déposé. La coordination de région académique saisit l’avis du CAEN, le Conseil régional celui du Crefop, sur la plateforme.",
                link(dossier));
        Set<UUID> others = new LinkedHashSet<>(promoters(dossier));
        others.removeAll(regional(dossier));
        send(others, SUBMITTED, "Votre dossier est déposé : " + dossier.projectName(), "Le dossier " + about(dossier)
                + " est bien déposé. Vous serez informé·e de chaque étape de son examen.", link(dossier));
    }

    @EventListener
    void on(RegionalOpinionsRecorded event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(admins(), STEP, "Dossier en expertise : " + dossier.projectName(), "Les avis régionaux du dossier " + about(dossier)
                + " sont rendus : affectez-lui au moins deux experts.", link(dossier));
    }

    @EventListener
    void on(ProgressReportSubmitted event) {
        ApplicationView dossier = dossier(event.applicationId());
        versionSubmitted(dossier, event.round());
    }

    @EventListener
    void on(ApplicationResubmitted event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(activeExperts(dossier), STEP, "Nouvelle version à expertiser : " + dossier.projectName(), "Les porteurs du dossier "
                + about(dossier) + " ont déposé la version " + event.round() + " en réponse à la navette. Elle attend votre expertise.", link(dossier));
        versionSubmitted(dossier, event.round());
    }

    private void versionSubmitted(ApplicationView dossier, int round) {
        send(admins(), STEP, "Dossier en expertise : " + dossier.projectName(), "La version " + round + " du dossier " + about(dossier)
                + " est déposée.", link(dossier));
    }

    @EventListener
    void on(ChangesRequested event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(promoters(dossier), NAVETTE, "Compléments demandés : " + dossier.projectName(),
                "Le groupe d’expertise demande des compléments sur le dossier " + about(dossier)
                        + ". Lisez ses recommandations, révisez le dossier et déposez la nouvelle version avec votre réponse.", link(dossier));
    }

    @EventListener
    void on(SynthesisRecorded event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(admins(), STEP, "Synthèse rendue : " + dossier.projectName(),
                "La synthèse du groupe d’expertise est rendue pour le dossier " + about(dossier) + ". Saisissez l’avis du CNEE.", link(dossier));
    }

    @EventListener
    void on(CneeOpinionRecorded event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(admins(), STEP, "Avis du CNEE rendu : " + dossier.projectName(),
                "L’avis du CNEE est rendu pour le dossier " + about(dossier) + ". La décision interministérielle peut être enregistrée.", link(dossier));
    }

    @EventListener
    void on(LabelGranted event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(concernedByDecision(dossier), DECISION, "Label accordé : " + dossier.projectName(),
                "Le label Campus des métiers et des qualifications est accordé au dossier " + about(dossier)
                        + " pour quatre ans. L’attestation est disponible sur la plateforme.", link(dossier));
    }

    @EventListener
    void on(LabelRefused event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(concernedByDecision(dossier), DECISION, "Label non accordé : " + dossier.projectName(),
                "Le label n’est pas accordé au dossier " + about(dossier) + ". Les motifs de la décision figurent sur la plateforme.", link(dossier));
    }

    private Set<UUID> concernedByDecision(ApplicationView dossier) {
        Set<UUID> concerned = new LinkedHashSet<>(promoters(dossier));
        concerned.addAll(activeExperts(dossier));
        return concerned;
    }

    private ApplicationView dossier(UUID id) {
        return applications.byId(id).orElseThrow();
    }

    private static String link(ApplicationView dossier) {
        return "/gestion/labellisation/dossiers/" + dossier.id();
    }

    private static String about(ApplicationView dossier) {
        return "« " + dossier.projectName() + " » (" + dossier.callTitle() + ")";
    }

    /** A reviewer asked the regional coordination for the opinions a dossier waits for. */
    @EventListener
    void on(OpinionRequested event) {
        ApplicationView dossier = applications.byId(event.applicationId()).orElseThrow();
        send(regional(dossier), STEP, "Avis régionaux attendus : " + dossier.projectName(), "L’administration nationale attend les avis du CAEN "
                + "et du Crefop sur le dossier « " + dossier.projectName() + " » (" + dossier.callTitle() + "). Saisissez-les sur la plateforme "
                + "dès qu’ils sont rendus : la coordination de région académique celui du CAEN, le Conseil régional celui du Crefop.",
                "/gestion/labellisation/dossiers/" + dossier.id());
    }

    @EventListener
    void on(ExpertsAssigned event) {
        ApplicationView dossier = applications.byId(event.applicationId()).orElseThrow();
        send(Set.copyOf(event.expertIds()), EXPERTS, "Dossier à expertiser : " + dossier.projectName(), "Le dossier « " + dossier.projectName()
                + " » (" + dossier.callTitle() + ") vous est confié. Notez chaque critère de 0 à 4 ; si vous avez un lien avec un partenaire "
                + "du projet, déportez-vous depuis la page d’expertise.", "/gestion/labellisation/dossiers/" + dossier.id() + "/expertise");
    }

    @EventListener
    void on(AdvisorsAttached event) {
        ApplicationView dossier = dossier(event.applicationId());
        send(Set.copyOf(event.expertIds()), ADVICE, "Appui à la construction : " + dossier.projectName(), "L’administration nationale vous "
                + "demande d’accompagner l’écriture du dossier " + about(dossier) + ", encore en brouillon. Lisez-le et échangez vos conseils "
                + "avec ses porteurs ; cet appui est distinct de l’expertise et n’est pas noté.", adviceLink(dossier));
    }

    @EventListener
    void on(AdvicePosted event) {
        ApplicationView dossier = dossier(event.applicationId());
        Set<UUID> recipients = new LinkedHashSet<>(event.fromAdvisor() ? promoters(dossier)
                : applications.advisors(dossier.id()).stream().map(ApplicationParts.Advisor::expertId).toList());
        recipients.remove(event.authorId());
        send(recipients, ADVICE, "Nouveau message d’appui : " + dossier.projectName(), event.fromAdvisor()
                ? "Un expert en appui a écrit sur le dossier " + about(dossier) + "."
                : "Les porteurs du dossier " + about(dossier) + " ont écrit dans l’appui à la construction.", adviceLink(dossier));
    }

    private static String adviceLink(ApplicationView dossier) {
        return link(dossier) + "/appui";
    }

    private void send(Collection<UUID> recipients, Notice.Category category, String subject, String body, String link) {
        if (!recipients.isEmpty()) {
            notifications.send(Notice.to(recipients, category, subject, body, link));
        }
    }

    /** The promoters of the territory and the dossier's team. */
    Set<UUID> promoters(ApplicationView dossier) {
        Set<UUID> ids = promoterAccounts.of(dossier.regionCode(), dossier.academyCodes(), dossier.campusId());
        ids.addAll(dossier.team());
        return ids;
    }

    private Set<UUID> regional(ApplicationView dossier) {
        return promoterAccounts.regional(dossier.regionCode());
    }

    private Set<UUID> admins() {
        return promoterAccounts.admins();
    }

    private Set<UUID> activeExperts(ApplicationView dossier) {
        return applications.assignments(dossier.id()).stream().filter(ApplicationParts.Assignment::active).map(ApplicationParts.Assignment::expertId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
