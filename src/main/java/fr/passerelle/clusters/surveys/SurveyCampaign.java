package fr.passerelle.clusters.surveys;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A survey campaign of a cluster: its kind, its period (from its opening date), its dates, the trades it asks about
 * (in the order of their labels),
 * the minimum of answers under which its results are masked, whether its whole panel is every active member, and
 * whether the cluster lets campuses quote its results (« citable »).
 */
@Entity
@Table(name = "survey_campaign")
class SurveyCampaign {

    static final int MAX_TRADES = 30;

    @Id
    private UUID id;
    private UUID clusterId;
    @Enumerated(EnumType.STRING)
    private SurveyKind kind;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private int minAnswers;
    private int reminderDays;
    private boolean wholePanel;
    private boolean citable;
    private Instant invitedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_campaign_trade", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("label")
    private List<Trade> trades = new ArrayList<>();
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected SurveyCampaign() {
    }

    /** What the staff set on a campaign. */
    record Settings(SurveyKind kind, String title, LocalDate opensOn, LocalDate closesOn, int minAnswers, int reminderDays) {
    }

    /** A trade a campaign asks about: a ROME job title with its label and fiche when it was chosen. */
    @Embeddable
    static class Trade {
        @Column(name = "job_title_ogr")
        private int jobTitleOgr;
        private String label;
        private String tradeCode;

        protected Trade() {
        }

        Trade(int jobTitleOgr, String label, String tradeCode) {
            this.jobTitleOgr = jobTitleOgr;
            this.label = label;
            this.tradeCode = tradeCode;
        }

        int jobTitleOgr() {
            return jobTitleOgr;
        }

        String label() {
            return label;
        }

        String tradeCode() {
            return tradeCode;
        }
    }

    static SurveyCampaign open(UUID clusterId, Settings settings, boolean wholePanel, Instant now) {
        var campaign = new SurveyCampaign();
        campaign.id = UUID.randomUUID();
        campaign.clusterId = clusterId;
        campaign.wholePanel = wholePanel;
        campaign.createdAt = now;
        campaign.change(settings, now);
        return campaign;
    }

    /** Changes the settings; the kind stays once answers exist (the questions would change under them). */
    void change(Settings settings, Instant now) {
        if (settings.kind() == null) {
            throw new BusinessRuleException("kind", "Choisissez le type d’enquête.");
        }
        if (settings.closesOn().isBefore(settings.opensOn())) {
            throw new BusinessRuleException("closesOn", "La clôture ne peut précéder l’ouverture.");
        }
        if (settings.minAnswers() < 1 || settings.minAnswers() > 100) {
            throw new BusinessRuleException("minAnswers", "Le nombre minimum de réponses va de 1 à 100.");
        }
        this.kind = settings.kind();
        this.title = settings.title().strip();
        this.opensOn = settings.opensOn();
        this.closesOn = settings.closesOn();
        this.minAnswers = settings.minAnswers();
        this.reminderDays = settings.reminderDays();
        this.updatedAt = now;
    }

    void requireVersion(long expected) {
        if (version != expected) {
            throw new ConcurrentEditException("La campagne a été modifiée entre-temps par quelqu’un d’autre : rechargez la page.");
        }
    }

    void addTrade(int ogr, String label, String tradeCode, Instant now) {
        if (trades.stream().anyMatch(t -> t.jobTitleOgr == ogr)) {
            throw new BusinessRuleException("appellation", "Ce métier est déjà interrogé par la campagne.");
        }
        if (trades.size() >= MAX_TRADES) {
            throw new BusinessRuleException("appellation", "Une campagne interroge " + MAX_TRADES + " métiers au plus.");
        }
        trades.add(new Trade(ogr, label, tradeCode));
        updatedAt = now;
    }

    void removeTrade(int ogr, Instant now) {
        trades.removeIf(t -> t.jobTitleOgr == ogr);
        updatedAt = now;
    }

    /** The panel changed: {@code wholePanel} false once it is a choice of members; the version moves on. */
    void panelChanged(boolean wholePanel, Instant now) {
        this.wholePanel = wholePanel;
        this.updatedAt = now;
    }

    void markCitable(boolean citable, Instant now) {
        this.citable = citable;
        this.updatedAt = now;
    }

    void invited(Instant now) {
        this.invitedAt = now;
    }

    /** Whether answers are taken on {@code day}: from the opening to the closing date, both included. */
    boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    boolean isClosedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }

    SurveyPeriod period() {
        return SurveyPeriod.of(kind.periodicity(), opensOn);
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    SurveyKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    int minAnswers() {
        return minAnswers;
    }

    int reminderDays() {
        return reminderDays;
    }

    boolean wholePanel() {
        return wholePanel;
    }

    boolean citable() {
        return citable;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    List<Trade> trades() {
        return List.copyOf(trades);
    }

    long version() {
        return version;
    }
}
