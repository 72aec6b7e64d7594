package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The write side of a cluster's surveys, each act checked against the actor through {@link Clusters#access} and
 * {@link SurveyPermissions}, and audited: campaigns (opened, changed, their trades, their panel, « citable »), the
 * invitations and reminders, and the companies' answers.
 */
@Service
class SurveyService {

    static final String AUDITED_CAMPAIGN = "survey_campaign";
    static final String AUDITED_ANSWER = "survey_answer";
    static final Notice.Category INVITATION = new Notice.Category("ENQUETE_CLUSTER", "Enquête d’un cluster");
    static final Notice.Category REMINDER = new Notice.Category("ENQUETE_CLUSTER_RELANCE", "Relance d’une enquête d’un cluster");

    private final SurveyCampaignRepository campaigns;
    private final SurveyAnswerRepository answers;
    private final SurveyQueries queries;
    private final Clusters clusters;
    private final Trades trades;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyService(SurveyCampaignRepository campaigns, SurveyAnswerRepository answers, SurveyQueries queries, Clusters clusters, Trades trades,
                  Accounts accounts, Notifications notifications, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.answers = answers;
        this.queries = queries;
        this.clusters = clusters;
        this.trades = trades;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(Replay.clockOr(clock).withZone(Times.current().zone()));
    }

    // ---- Reading rights

    ClusterCard cluster(UUID clusterId) {
        return clusters.cluster(clusterId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    ClusterAccess access(Actor actor, UUID clusterId) {
        return clusters.access(actor, clusterId);
    }

    void requireRuns(Actor actor, UUID clusterId) {
        if (!SurveyPermissions.runs(clusters.access(actor, clusterId))) {
            throw new AccessDeniedException("Les enquêtes d’un cluster sont menées par son équipe.");
        }
    }

    void requireReadsResults(Actor actor, UUID clusterId) {
        if (!SurveyPermissions.readsResults(clusters.access(actor, clusterId))) {
            throw new AccessDeniedException("Les résultats des enquêtes d’un cluster sont réservés à son équipe et à ses adhérents.");
        }
    }

    /** A campaign of this cluster (a campaign of another cluster is not found here). */
    @Transactional(readOnly = true)
    SurveyCampaign campaign(UUID clusterId, UUID campaignId) {
        return campaigns.findById(campaignId).filter(c -> c.clusterId().equals(clusterId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    boolean answers(Actor actor, UUID clusterId, UUID campaignId) {
        return SurveyPermissions.answers(actor, clusters.access(actor, clusterId), queries.invited(campaignId, actor.organisationId()));
    }

    // ---- Campaigns

    /**
     * Opens a campaign with its panel: every active member of the cluster, or those chosen among them.
     */
    @Transactional
    SurveyCampaign open(Actor actor, UUID clusterId, SurveyCampaign.Settings settings, boolean wholePanel, Collection<UUID> chosen) {
        requireRuns(actor, clusterId);
        Set<UUID> members = clusters.activeMemberIds(clusterId);
        Set<UUID> panel = wholePanel ? members : chosen.stream().filter(members::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        if (panel.isEmpty()) {
            throw new BusinessRuleException("panel", wholePanel ? "Le cluster n’a aucun adhérent actif à interroger."
                    : "Choisissez au moins une entreprise adhérente à interroger.");
        }
        Instant now = Instant.now(Replay.clockOr(clock));
        SurveyCampaign campaign = campaigns.saveAndFlush(SurveyCampaign.open(clusterId, settings, wholePanel, now));
        invite(campaign.id(), panel);
        audit.record(AUDITED_CAMPAIGN, campaign.id(), "CAMPAGNE_OUVERTE", campaign.kind().label() + " « " + campaign.title() + " » ("
                + campaign.period().label() + ") : " + panel.size() + " organisation(s) interrogée(s)", List.of());
        return campaign;
    }

    private void invite(UUID campaignId, Collection<UUID> organisations) {
        for (UUID organisation : organisations) {
            jdbc.sql("insert into survey_invitation (campaign_id, organisation_id) values (?, ?) on conflict do nothing")
                    .params(campaignId, organisation).update();
        }
    }

    @Transactional
    void change(Actor actor, UUID clusterId, UUID campaignId, long expectedVersion, SurveyCampaign.Settings settings) {
        SurveyCampaign campaign = campaignToChange(actor, clusterId, campaignId, expectedVersion);
        if (settings.kind() != campaign.kind() && answered(campaignId) > 0) {
            throw new BusinessRuleException("kind", "Des entreprises ont déjà répondu : le type d’enquête ne change plus.");
        }
        var diff = new AuditTrail.Diff().field("Type", campaign.kind().label(), settings.kind() == null ? null : settings.kind().label())
                .field("Titre", campaign.title(), settings.title()).field("Ouverture", campaign.opensOn(), settings.opensOn())
                .field("Clôture", campaign.closesOn(), settings.closesOn()).field("Minimum de réponses", campaign.minAnswers(), settings.minAnswers())
                .field("Relance (jours avant la clôture)", campaign.reminderDays(), settings.reminderDays());
        campaign.change(settings, Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        audit.record(AUDITED_CAMPAIGN, campaignId, "CAMPAGNE_MODIFIEE", "Campagne « " + campaign.title() + " » modifiée", diff.changes());
    }

    private long answered(UUID campaignId) {
        return jdbc.sql("select count(*) from survey_answer where campaign_id = ?").param(campaignId).query(Long.class).single();
    }

    @Transactional
    JobTitleChoice addTrade(Actor actor, UUID clusterId, UUID campaignId, int ogr) {
        requireRuns(actor, clusterId);
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        JobTitleChoice jobTitle = trades.jobTitle(ogr).orElseThrow(() -> new BusinessRuleException("appellation", "Choisissez un métier dans la liste."));
        campaign.addTrade(jobTitle.ogr(), jobTitle.label(), jobTitle.tradeCode(), Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        audit.record(AUDITED_CAMPAIGN, campaignId, "METIER_AJOUTE", "Métier interrogé ajouté : " + jobTitle.displayName(),
                List.of(new AuditTrail.Change("Métier interrogé", null, jobTitle.displayName())));
        return jobTitle;
    }

    @Transactional
    void removeTrade(Actor actor, UUID clusterId, UUID campaignId, int ogr) {
        requireRuns(actor, clusterId);
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        var trade = campaign.trades().stream().filter(t -> t.jobTitleOgr() == ogr).findFirst()
                .orElseThrow(() -> new BusinessRuleException("La campagne n’interroge pas ce métier."));
        long answeredTrade = jdbc.sql("""
                        select count(*) from survey_answer_trade l join survey_answer a on a.id = l.answer_id
                         where a.campaign_id = ? and l.job_title_ogr = ?""").params(campaignId, ogr).query(Long.class).single();
        if (answeredTrade > 0) {
            throw new BusinessRuleException("Des entreprises ont déjà répondu sur ce métier : il reste dans la campagne.");
        }
        campaign.removeTrade(ogr, Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        audit.record(AUDITED_CAMPAIGN, campaignId, "METIER_RETIRE", "Métier interrogé retiré : " + trade.label(),
                List.of(new AuditTrail.Change("Métier interrogé", trade.label(), null)));
    }

    @Transactional
    void markCitable(Actor actor, UUID clusterId, UUID campaignId, boolean citable) {
        requireRuns(actor, clusterId);
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        boolean before = campaign.citable();
        campaign.markCitable(citable, Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        audit.record(AUDITED_CAMPAIGN, campaignId, "CAMPAGNE_CITABLE", citable ? "Résultats citables par les campus" : "Résultats non citables",
                List.of(new AuditTrail.Change("Citable", before ? "oui" : "non", citable ? "oui" : "non")));
    }

    /**
     * Invites the panel by notification (and e-mail): the recruiters and partner members of each invited organisation
     * still an active member. For a campaign of the whole panel, members who joined since are invited too.
     *
     * @return how many organisations were told
     */
    @Transactional
    int sendInvitations(Actor actor, UUID clusterId, UUID campaignId) {
        requireRuns(actor, clusterId);
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        if (campaign.trades().isEmpty()) {
            throw new BusinessRuleException("Ajoutez au moins un métier à la campagne avant d’inviter les entreprises.");
        }
        if (campaign.isClosedOn(today())) {
            throw new BusinessRuleException("La campagne est close : il n’y a plus personne à inviter.");
        }
        if (campaign.wholePanel()) {
            invite(campaignId, clusters.activeMemberIds(clusterId));
        }
        Set<UUID> members = clusters.activeMemberIds(clusterId);
        Set<UUID> organisations = queries.invitations(campaignId).stream().filter(members::contains).collect(Collectors.toSet());
        ClusterCard cluster = cluster(clusterId);
        Set<UUID> recipients = peopleOf(organisations);
        notifyInvitation(cluster, campaign, recipients);
        campaign.invited(Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        audit.record(AUDITED_CAMPAIGN, campaignId, "INVITATIONS_ENVOYEES", organisations.size() + " organisation(s) invitée(s) à répondre", List.of());
        return organisations.size();
    }

    private void notifyInvitation(ClusterCard cluster, SurveyCampaign campaign, Set<UUID> recipients) {
        if (!recipients.isEmpty() && !Replay.replaying()) {
            notifications.send(Notice.to(recipients, INVITATION, cluster.name() + " vous invite à répondre : " + campaign.title(),
                    cluster.name() + " interroge ses adhérents sur leurs recrutements (" + campaign.kind().label().toLowerCase(java.util.Locale.FRENCH)
                            + ", " + campaign.period().label() + "). Réponse attendue au plus tard le " + Times.current().date(campaign.closesOn()) + ".",
                    answerPath(cluster.id(), campaign.id())));
        }
    }

    /** A campaign the staff change: on the version their form was opened with, refused once closed. */
    private SurveyCampaign campaignToChange(Actor actor, UUID clusterId, UUID campaignId, long expectedVersion) {
        requireRuns(actor, clusterId);
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        campaign.requireVersion(expectedVersion);
        requireNotClosed(campaign);
        return campaign;
    }

    private void requireNotClosed(SurveyCampaign campaign) {
        if (campaign.isClosedOn(today())) {
            throw new BusinessRuleException("La campagne est close : ses paramètres et son panel ne changent plus.");
        }
    }

    /**
     * Adds an active member to the panel of a campaign not yet closed; when the panel was already invited, the
     * newcomer's people are invited at once by notification (else with the next invitations).
     *
     * @return whether the newcomer's people were notified now
     */
    @Transactional
    boolean addToPanel(Actor actor, UUID clusterId, UUID campaignId, long expectedVersion, UUID organisationId) {
        SurveyCampaign campaign = campaignToChange(actor, clusterId, campaignId, expectedVersion);
        if (organisationId == null || !clusters.activeMemberIds(clusterId).contains(organisationId)) {
            throw new BusinessRuleException("organisationId", "Choisissez une entreprise adhérente du cluster : seules les adhérentes sont interrogées.");
        }
        if (queries.invited(campaignId, organisationId)) {
            throw new BusinessRuleException("organisationId", "Cette entreprise fait déjà partie du panel.");
        }
        Instant now = Instant.now(Replay.clockOr(clock));
        invite(campaignId, List.of(organisationId));
        campaign.panelChanged(campaign.wholePanel(), now);
        campaigns.saveAndFlush(campaign);
        String name = organisationName(organisationId);
        boolean notified = campaign.invitedAt() != null;
        if (notified) {
            notifyInvitation(cluster(clusterId), campaign, peopleOf(Set.of(organisationId)));
        }
        audit.record(AUDITED_CAMPAIGN, campaignId, "PANEL_AJOUT", "Entreprise ajoutée au panel : " + name + (notified ? " (invitée)" : ""),
                List.of(new AuditTrail.Change("Entreprise interrogée", null, name)));
        return notified;
    }

    /**
     * Removes an organisation from the panel of a campaign not yet closed, unless it already answered (its answer
     * counts); a campaign of every member becomes a campaign of chosen members, so that the next invitations leave it out.
     */
    @Transactional
    void removeFromPanel(Actor actor, UUID clusterId, UUID campaignId, long expectedVersion, UUID organisationId) {
        SurveyCampaign campaign = campaignToChange(actor, clusterId, campaignId, expectedVersion);
        if (organisationId == null || !queries.invited(campaignId, organisationId)) {
            throw new BusinessRuleException("Cette entreprise ne fait pas partie du panel.");
        }
        if (jdbc.sql("select count(*) from survey_answer where campaign_id = ? and organisation_id = ?").params(campaignId, organisationId)
                .query(Long.class).single() > 0) {
            throw new BusinessRuleException("Cette entreprise a déjà répondu : elle reste dans le panel et sa réponse compte.");
        }
        boolean wasWhole = campaign.wholePanel();
        jdbc.sql("delete from survey_invitation where campaign_id = ? and organisation_id = ?").params(campaignId, organisationId).update();
        campaign.panelChanged(false, Instant.now(Replay.clockOr(clock)));
        campaigns.saveAndFlush(campaign);
        String name = organisationName(organisationId);
        var diff = new AuditTrail.Diff().field("Entreprise interrogée", name, null);
        if (wasWhole) {
            diff.field("Panel", "tous les adhérents actifs", "adhérents choisis");
        }
        audit.record(AUDITED_CAMPAIGN, campaignId, "PANEL_RETRAIT", "Entreprise retirée du panel : " + name, diff.changes());
    }

    /** The active members not in the panel yet, for the staff's choice. */
    @Transactional(readOnly = true)
    List<fr.passerelle.platform.Option> panelCandidates(Actor actor, UUID clusterId, Set<UUID> panel) {
        requireRuns(actor, clusterId);
        return clusters.members(actor, clusterId, null, true, 0, 500).members().stream().filter(m -> !panel.contains(m.organisationId()))
                .map(m -> new fr.passerelle.platform.Option(m.organisationId().toString(), m.organisationName())).toList();
    }

    private String organisationName(UUID organisationId) {
        return jdbc.sql("select name from directory_organisation where organisation_id = ?").param(organisationId).query(String.class).optional()
                .orElse(organisationId.toString());
    }

    static String answerPath(UUID clusterId, UUID campaignId) {
        return "/gestion/clusters/" + clusterId + "/enquetes/" + campaignId + "/reponse";
    }

    private Set<UUID> peopleOf(Set<UUID> organisations) {
        if (organisations.isEmpty()) {
            return Set.of();
        }
        return Stream.concat(accounts.withRole(Role.COMPANY_RECRUITER).stream(), accounts.withRole(Role.PARTNER_MEMBER).stream())
                .filter(a -> a.organisationId() != null && organisations.contains(a.organisationId()))
                .map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Reminds, on {@code day}, the invited organisations (still active members) that have not answered a campaign whose
     * reminder falls that day; each campaign once per day across nodes, each organisation at most once per day.
     *
     * @return how many organisations were reminded
     */
    @Transactional
    int remind(UUID campaignId, LocalDate day) {
        SurveyCampaign campaign = campaigns.findById(campaignId).orElseThrow();
        if (!campaign.isOpenOn(day)) {
            return 0;
        }
        Set<UUID> members = clusters.activeMemberIds(campaign.clusterId());
        Set<UUID> late = new HashSet<>();
        for (UUID organisation : queries.notAnswered(campaignId)) {
            if (members.contains(organisation) && jdbc.sql("""
                            insert into survey_reminder (campaign_id, organisation_id, sent_on) values (?, ?, ?) on conflict do nothing""")
                    .params(campaignId, organisation, Date.valueOf(day)).update() == 1) {
                late.add(organisation);
            }
        }
        Set<UUID> recipients = peopleOf(late);
        if (!recipients.isEmpty()) {
            String cluster = cluster(campaign.clusterId()).name();
            notifications.send(Notice.to(recipients, REMINDER, "Relance : " + campaign.title() + " (" + cluster + ")",
                    "Votre entreprise n’a pas encore répondu à l’enquête « " + campaign.title() + " » de " + cluster
                            + ". Elle se clôt le " + Times.current().date(campaign.closesOn()) + ".",
                    answerPath(campaign.clusterId(), campaignId)));
        }
        return late.size();
    }

    // ---- Answers

    /** The answer form's state for one of the company's people. */
    record AnswerState(SurveyCampaign campaign, SurveyAnswer.Content content, Long version, boolean editable, Instant updatedAt) {
    }

    @Transactional(readOnly = true)
    AnswerState answerState(Actor actor, UUID clusterId, UUID campaignId) {
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        requireAnswers(actor, clusterId, campaignId);
        Optional<SurveyAnswer> answer = answers.findByCampaignIdAndOrganisationId(campaignId, actor.organisationId());
        return new AnswerState(campaign, answer.map(SurveyAnswer::content).orElse(null), answer.map(SurveyAnswer::version).orElse(null),
                campaign.isOpenOn(today()), answer.map(SurveyAnswer::updatedAt).orElse(null));
    }

    private void requireAnswers(Actor actor, UUID clusterId, UUID campaignId) {
        if (!answers(actor, clusterId, campaignId)) {
            throw new AccessDeniedException("Seules les entreprises adhérentes invitées à l’enquête y répondent.");
        }
    }

    /**
     * Gives or changes the company's answer; {@code expectedVersion} is null for a first answer. Refused outside the
     * campaign's dates, to anyone but the people of an invited active member.
     */
    @Transactional
    void answer(Actor actor, UUID clusterId, UUID campaignId, Long expectedVersion, SurveyAnswer.Content content) {
        SurveyCampaign campaign = campaign(clusterId, campaignId);
        requireAnswers(actor, clusterId, campaignId);
        IntFunction<String> skillLabel = checkSkills(campaign, content);
        Instant now = Instant.now(Replay.clockOr(clock));
        Optional<SurveyAnswer> existing = answers.findByCampaignIdAndOrganisationId(campaignId, actor.organisationId());
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new BusinessRuleException("La réponse de l’entreprise a été retirée entre-temps : rechargez la page.");
            }
            SurveyAnswer answer = SurveyAnswer.give(campaign, actor.organisationId(), content, actor.username(), today(), now);
            try {
                answers.saveAndFlush(answer);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new BusinessRuleException("Une autre personne de l’entreprise vient de répondre : rechargez la page pour voir sa réponse.");
            }
            audit.record(AUDITED_ANSWER, answer.id(), "REPONSE_DONNEE", "Réponse à « " + campaign.title() + " »",
                    new AuditTrail.Diff().field("Réponse", null, summary(campaign, answer.content(), skillLabel)).changes());
            return;
        }
        SurveyAnswer answer = existing.get();
        if (expectedVersion == null) {
            throw new BusinessRuleException("Une autre personne de l’entreprise a déjà répondu : rechargez la page pour voir sa réponse.");
        }
        var changes = answer.change(campaign, expectedVersion, content, actor.username(), today(), now, skillLabel);
        answers.saveAndFlush(answer);
        if (!changes.isEmpty()) {
            audit.record(AUDITED_ANSWER, answer.id(), "REPONSE_MODIFIEE", "Réponse à « " + campaign.title() + " » modifiée", changes);
        }
    }

    private static String summary(SurveyCampaign campaign, SurveyAnswer.Content content, IntFunction<String> skillLabel) {
        return content.trades().stream().map(t -> campaign.trades().stream().filter(c -> c.jobTitleOgr() == t.jobTitleOgr())
                .map(SurveyCampaign.Trade::label).findFirst().orElse("?") + " : " + SurveyAnswer.summary(t, skillLabel))
                .collect(Collectors.joining(" ; "));
    }

    /**
     * Every most sought skill must be a ROME skill; the labels of those named (and, on demand, of those an earlier
     * version named), for the audit trail.
     */
    private IntFunction<String> checkSkills(SurveyCampaign campaign, SurveyAnswer.Content content) {
        Set<Integer> named = content.trades().stream().flatMap(t -> t.skillOgrs().stream()).collect(Collectors.toSet());
        Map<Integer, String> labels = new HashMap<>();
        trades.skills(named).forEach(skill -> labels.put(skill.ogr(), skill.label()));
        for (SurveyAnswer.TradeAnswer trade : content.trades()) {
            if (trade.skillOgrs().size() > SurveyAnswer.MAX_SKILLS) {
                throw new BusinessRuleException(SurveyAnswer.skillsField(campaign, trade.jobTitleOgr()), SurveyAnswer.tooManySkills());
            }
            if (!labels.keySet().containsAll(trade.skillOgrs())) {
                throw new BusinessRuleException(SurveyAnswer.skillsField(campaign, trade.jobTitleOgr()), "Choisissez les compétences dans la liste du ROME.");
            }
        }
        return ogr -> labels.computeIfAbsent(ogr, o -> trades.skill(o).map(SkillSummary::label).orElse(Integer.toString(o)));
    }

    /** The ROME skills of these codes, by code, for showing an answer. */
    Map<String, String> skillLabels(Collection<Integer> ogrs) {
        Map<String, String> labels = new HashMap<>();
        trades.skills(ogrs).forEach(skill -> labels.put(Integer.toString(skill.ogr()), skill.label()));
        return labels;
    }

    /** The ROME skills matching what is typed, for the answer's picker (those who answer, or the staff). */
    List<SkillSummary> searchSkills(Actor actor, UUID clusterId, UUID campaignId, String typed) {
        if (!SurveyPermissions.runs(clusters.access(actor, clusterId))) {
            requireAnswers(actor, clusterId, campaignId);
        }
        return trades.searchSkills(typed == null ? "" : typed, 20);
    }

    @Transactional(readOnly = true)
    List<AuditTrail.Entry> answerHistory(Actor actor, UUID clusterId, UUID campaignId) {
        requireAnswers(actor, clusterId, campaignId);
        return answers.findByCampaignIdAndOrganisationId(campaignId, actor.organisationId()).map(a -> audit.history(AUDITED_ANSWER, a.id()))
                .orElse(List.of());
    }
}
