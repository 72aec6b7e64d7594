package fr.passerelle.jobs.cvbank;

import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.Trades;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members-only CV bank: search, a profile read, its CV file, the export of a search. Every act takes the
 * {@link Actor} and lets in only the recruiters of a company whose cluster membership is active today
 * ({@link CvBankPermissions}); it shows only candidates who consented to the CV bank, with an active profile
 * ({@link CvBankQuery}). Each view of a profile is recorded for the candidate ({@link ProfileViews}); each export is
 * audited (who, when, which search, how many).
 */
@Service
class CvBank {

    static final String AUDITED = "cv_bank";
    /** The most candidates one export holds. */
    static final int EXPORT_CAP = 200;

    /** What the search resolved: the place typed as one commune, or why it could not. */
    record Resolved(Municipality place, String placeProblem, JobTitleChoice jobTitle) {
    }

    /** A page of results with the criteria resolved. */
    record Results(CvBankQuery.Page page, Resolved resolved, int pageNumber) {

        public int pages() {
            int counted = Math.min(page.total(), CvBankQuery.COUNT_CAP);
            return Math.max(1, (counted + CvBankQuery.PAGE_SIZE - 1) / CvBankQuery.PAGE_SIZE);
        }

        public boolean capped() {
            return page.total() > CvBankQuery.COUNT_CAP;
        }
    }

    private final CvBankQuery query;
    private final ProfileViews views;
    private final Clusters clusters;
    private final Directory directory;
    private final Accounts accounts;
    private final Trades trades;
    private final Territories territories;
    private final AuditTrail audit;
    private final Clock clock;

    CvBank(CvBankQuery query, ProfileViews views, Clusters clusters, Directory directory, Accounts accounts, Trades trades,
           Territories territories, AuditTrail audit, Clock clock) {
        this.query = query;
        this.views = views;
        this.clusters = clusters;
        this.directory = directory;
        this.accounts = accounts;
        this.trades = trades;
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the actor reads the CV bank today. */
    boolean reads(Actor actor) {
        return CvBankPermissions.reads(actor, actor != null && actor.organisationId() != null
                ? clusters.activeClustersOf(actor.organisationId()) : Set.of());
    }

    void requireReader(Actor actor) {
        if (!reads(actor)) {
            throw new AccessDeniedException("La banque de CV est réservée aux recruteur·ses des entreprises membres actives d’un cluster.");
        }
    }

    @Transactional(readOnly = true)
    Results search(Actor actor, CvBankSearch search) {
        requireReader(actor);
        Resolved resolved = resolve(search);
        if (resolved.placeProblem() != null) {
            return new Results(new CvBankQuery.Page(List.of(), 0), resolved, 1);
        }
        int offset = (Math.min(search.page(), CvBankQuery.COUNT_CAP / CvBankQuery.PAGE_SIZE) - 1) * CvBankQuery.PAGE_SIZE;
        return new Results(query.search(search, tradeJobTitles(search), centre(resolved), today(), CvBankQuery.PAGE_SIZE, offset),
                resolved, offset / CvBankQuery.PAGE_SIZE + 1);
    }

    /** A profile the actor reads, the view recorded; empty when the CV bank does not show it (no consent, lapsed, unknown). */
    @Transactional
    Optional<CvBankQuery.Profile> profile(Actor actor, UUID candidateId) {
        requireReader(actor);
        Optional<CvBankQuery.Profile> profile = query.profile(candidateId, today());
        profile.ifPresent(p -> recordView(actor, candidateId, ProfileViews.What.PROFILE));
        return profile;
    }

    /** The candidate's name and e-mail address, for the profile's page (already recorded as viewed). */
    Optional<Actor> contact(CvBankQuery.Profile profile) {
        return accounts.byId(profile.accountId());
    }

    /** The CV file of a profile the actor reads, the view recorded. */
    @Transactional
    Optional<byte[]> cv(Actor actor, UUID candidateId) {
        requireReader(actor);
        if (query.profile(candidateId, today()).isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> content = query.cvContent(candidateId);
        content.ifPresent(c -> recordView(actor, candidateId, ProfileViews.What.CV));
        return content;
    }

    /**
     * The candidates of a search as a CSV file ({@link #EXPORT_CAP} at most), with their names and addresses: audited
     * (who, which search, how many) and recorded as a view of each profile exported.
     */
    @Transactional
    byte[] export(Actor actor, CvBankSearch search) {
        requireReader(actor);
        Resolved resolved = resolve(search);
        List<CvBankQuery.Row> rows = resolved.placeProblem() != null ? List.of()
                : query.search(search, tradeJobTitles(search), centre(resolved), today(), EXPORT_CAP, 0).rows();
        List<List<Object>> lines = new ArrayList<>();
        for (CvBankQuery.Row row : rows) {
            Optional<CvBankQuery.Profile> profile = query.profile(row.id(), today());
            Optional<Actor> contact = profile.flatMap(this::contact);
            if (contact.isEmpty()) {
                continue;
            }
            lines.add(List.of(contact.get().displayName(), contact.get().email(),
                    String.join(", ", trades.jobTitles(row.jobTitles()).stream().map(JobTitleChoice::label).toList()),
                    row.municipalityCode() == null ? "" : territories.municipality(row.municipalityCode()).map(Municipality::name).orElse(""),
                    row.radiusKm() == null ? "" : row.radiusKm().toString(),
                    row.highestLevel() == null ? "" : row.highestLevel().toString(),
                    row.availableFrom() == null ? "" : Times.current().date(row.availableFrom()),
                    Times.current().date(row.updatedAt())));
            recordView(actor, row.id(), ProfileViews.What.EXPORT);
        }
        audit.record(AUDITED, actor.organisationId(), "EXPORT", "Export de la banque de CV : " + lines.size() + " profil(s)",
                List.of(new AuditTrail.Change("Recherche", null, search.describe()),
                        new AuditTrail.Change("Profils exportés", null, String.valueOf(lines.size()))));
        return Spreadsheet.csv(new Spreadsheet.Table("Banque de CV", List.of("Nom", "E-mail", "Métiers recherchés", "Commune",
                "Rayon de mobilité (km)", "Niveau de diplôme", "Disponible le", "Profil mis à jour le"), lines, List.of()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private void recordView(Actor actor, UUID candidateId, ProfileViews.What what) {
        String company = directory.organisation(actor.organisationId()).map(OrganisationSummary::displayName).orElse("Entreprise");
        views.record(candidateId, actor.accountId(), actor.organisationId(), company, what, Instant.now(clock));
    }

    private Resolved resolve(CvBankSearch search) {
        JobTitleChoice jobTitle = search.jobTitle() == null ? null : trades.jobTitle(search.jobTitle()).orElse(null);
        if (search.place() == null) {
            return new Resolved(null, null, jobTitle);
        }
        List<Municipality> found = territories.locate(search.place(), 5);
        if (found.isEmpty()) {
            return new Resolved(null, "Aucune commune ne correspond à « " + search.place() + " » : saisissez son nom, son code postal ou son code INSEE.", jobTitle);
        }
        if (found.size() > 1) {
            return new Resolved(null, "Plusieurs communes correspondent à « " + search.place() + " » : précisez le département entre parenthèses, par exemple « "
                    + found.get(0).name() + " (" + found.get(0).departmentCode() + ") ».", jobTitle);
        }
        return new Resolved(found.get(0), null, jobTitle);
    }

    private static CvBankQuery.Centre centre(Resolved resolved) {
        Municipality m = resolved.place();
        return m == null || m.latitude() == null ? null : new CvBankQuery.Centre(m.latitude(), m.longitude());
    }

    /** The job titles of the ROME fiche searched (null when no fiche is). */
    private List<Integer> tradeJobTitles(CvBankSearch search) {
        if (search.trade() == null) {
            return null;
        }
        return trades.sheet(search.trade()).map(s -> s.jobTitles().stream().map(JobTitleChoice::ogr).toList()).orElse(List.of());
    }
}
