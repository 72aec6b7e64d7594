package fr.passerelle.governance.budget;

import fr.passerelle.governance.BudgetCodes;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CampusBudgets;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget of a campus for a year. Every change checks the version the form was opened on and raises it, so
 * that two people editing the same budget never overwrite each other; every change is audited on the campus.
 */
@Service
class Budgets implements CampusBudgets {

    /** Changes are audited on the campus, where its history page shows them. */
    static final String AUDITED = "campus";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;
    private final CampusRegistry registry;

    Budgets(JdbcClient jdbc, Directory directory, AuditTrail audit, CampusRegistry registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    record LineView(UUID id, boolean expense, String category, String categoryLabel, String label, BigDecimal planned, BigDecimal actual) {
        public String plannedText() {
            return euros(planned);
        }

        public String actualText() {
            return euros(actual);
        }
    }

    record ContributionView(UUID id, String organisationName, BudgetCodes.ContributionKind kind, String description, BigDecimal valuation) {
        public String valuationText() {
            return euros(valuation);
        }
    }

    record FundingRequestView(UUID id, BudgetCodes.Funder funder, String programme, BigDecimal amountAsked,
                              BudgetCodes.FundingStatus status, BigDecimal amountGranted, BigDecimal eligibleExpenses) {
        public String amountAskedText() {
            return euros(amountAsked);
        }

        public String eligibleExpensesText() {
            return euros(eligibleExpenses);
        }

        public String amountGrantedText() {
            return euros(amountGranted);
        }
    }

    /**
     * @param silentPartners the campus's partners that year (their membership covers part of it) who record no
     *                       contribution in the budget, by name: « Les contributions doivent provenir de l'ensemble des
     *                       acteurs »
     */
    record BudgetView(UUID id, UUID campusId, int year, long version, List<LineView> lines, List<ContributionView> contributions,
                      List<FundingRequestView> fundingRequests, BudgetFigures figures, List<String> silentPartners) {
    }

    @Transactional(readOnly = true)
    Optional<BudgetView> budget(UUID campusId, int year) {
        return jdbc.sql("select id, version from budget where campus_id = ? and year = ?").params(campusId, year)
                .query((rs, n) -> view(rs.getObject(1, UUID.class), campusId, year, rs.getLong(2))).optional();
    }

    @Transactional(readOnly = true)
    List<Integer> years(UUID campusId) {
        return jdbc.sql("select year from budget where campus_id = ? order by year desc").param(campusId).query(Integer.class).list();
    }

    /** The budget of a year, for the campus's back-office readers. */
    @Transactional(readOnly = true)
    Optional<BudgetView> budget(Actor actor, UUID campusId, int year) {
        registry.requireReadable(actor, campusId);
        return budget(campusId, year);
    }

    @Override
    @Transactional
    public void open(Actor actor, UUID campusId, int year) {
        registry.requireManageable(actor, campusId);
        if (year < 2013 || year > 2100) {
            throw new BusinessRuleException("year", "Année invalide.");
        }
        if (budget(campusId, year).isPresent()) {
            throw new BusinessRuleException("year", "Le budget " + year + " existe déjà.");
        }
        jdbc.sql("insert into budget (id, campus_id, year) values (?, ?, ?)").params(UUID.randomUUID(), campusId, year).update();
        audit.record(AUDITED, campusId, "BUDGET_OUVERT", "Budget " + year + " ouvert", List.of());
    }

    @Override
    @Transactional
    public void addLine(Actor actor, UUID campusId, int year, boolean expense, String category, String label, BigDecimal planned,
                        BigDecimal actual) {
        addLine(actor, campusId, year, currentVersion(campusId, year), expense, category, label, planned, actual);
    }

    @Transactional
    void addLine(Actor actor, UUID campusId, int year, long version, boolean expense, String category, String label, BigDecimal planned,
                 BigDecimal actual) {
        registry.requireManageable(actor, campusId);
        String categoryLabel = checkLine(expense, category, label, planned, actual);
        UUID budget = touch(campusId, year, version);
        jdbc.sql("insert into budget_line (id, budget_id, side, category, label, planned, actual) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), budget, expense ? "EXPENSE" : "RESOURCE", category, label.strip(), planned, actual).update();
        audit.record(AUDITED, campusId, "BUDGET_LIGNE", "Budget " + year + " : ligne ajoutée", List.of(new AuditTrail.Change(
                (expense ? "Dépense " : "Ressource ") + categoryLabel, null,
                label.strip() + " — prévu " + euros(planned) + (actual == null ? "" : ", réalisé " + euros(actual)))));
    }

    /** One line of a budget, to edit it. */
    @Transactional(readOnly = true)
    Optional<LineView> line(Actor actor, UUID campusId, int year, UUID lineId) {
        registry.requireManageable(actor, campusId);
        return budget(campusId, year).flatMap(b -> b.lines().stream().filter(l -> l.id().equals(lineId)).findFirst());
    }

    /**
     * Corrects a line: side, category, label, planned and actual amounts. The version is the budget's, as the form
     * was opened on it: a budget changed meanwhile refuses the correction rather than overwrite the other change.
     */
    @Transactional
    void editLine(Actor actor, UUID campusId, int year, long version, UUID lineId, boolean expense, String category, String label,
                  BigDecimal planned, BigDecimal actual) {
        registry.requireManageable(actor, campusId);
        String categoryLabel = checkLine(expense, category, label, planned, actual);
        UUID budget = touch(campusId, year, version);
        LineView before = jdbc.sql("select id, side, category, label, planned, actual from budget_line where id = ? and budget_id = ?")
                .params(lineId, budget).query((rs, n) -> lineView(rs)).optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette ligne n'existe plus."));
        jdbc.sql("update budget_line set side = ?, category = ?, label = ?, planned = ?, actual = ? where id = ?")
                .params(expense ? "EXPENSE" : "RESOURCE", category, label.strip(), planned, actual, lineId).update();
        AuditTrail.Diff diff = new AuditTrail.Diff()
                .field("Sens", before.expense() ? "Dépense" : "Ressource", expense ? "Dépense" : "Ressource")
                .field("Catégorie ou financeur", before.categoryLabel(), categoryLabel)
                .field("Libellé", before.label(), label.strip())
                .field("Prévu", euros(before.planned()), euros(planned))
                .field("Réalisé", euros(before.actual()), euros(actual));
        audit.record(AUDITED, campusId, "BUDGET_LIGNE_MODIFIEE", "Budget " + year + " : ligne « " + before.label() + " » modifiée", diff.changes());
    }

    /** Every problem of a line at once, by field; the label of its category or funder when there is none. */
    static String checkLine(boolean expense, String category, String label, BigDecimal planned, BigDecimal actual) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        String categoryLabel = null;
        try {
            if (expense) {
                var chosen = FrenchInput.choice("category", category, BudgetCodes.ExpenseCategory.class, "Choisissez la catégorie de dépense.");
                categoryLabel = chosen == null ? null : chosen.label();
            } else {
                var chosen = FrenchInput.choice("category", category, BudgetCodes.Funder.class, "Choisissez le financeur.");
                categoryLabel = chosen == null ? null : chosen.label();
            }
        } catch (BusinessRuleException e) {
            problems.putAll(e.problems());
        }
        if (categoryLabel == null && !problems.containsKey("category")) {
            problems.put("category", expense ? "Choisissez la catégorie de dépense." : "Choisissez le financeur.");
        }
        if (label == null || label.isBlank()) {
            problems.put("label", "Le libellé de la ligne est obligatoire.");
        } else if (Text.longerThan(label, 255)) {
            problems.put("label", Text.tooLong("Le libellé", label, 255));
        }
        amountProblem(planned, "planned", true).ifPresent(m -> problems.put("planned", m));
        amountProblem(actual, "actual", false).ifPresent(m -> problems.put("actual", m));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return categoryLabel;
    }

    private static Optional<String> amountProblem(BigDecimal amount, String field, boolean required) {
        try {
            positive(amount, field, required);
            return Optional.empty();
        } catch (BusinessRuleException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Transactional
    void removeLine(Actor actor, UUID campusId, int year, long version, UUID lineId) {
        registry.requireManageable(actor, campusId);
        UUID budget = touch(campusId, year, version);
        String label = jdbc.sql("delete from budget_line where id = ? and budget_id = ? returning label || ' — prévu ' || planned")
                .params(lineId, budget).query(String.class).optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette ligne n'existe plus."));
        audit.record(AUDITED, campusId, "BUDGET_LIGNE_RETIREE", "Budget " + year + " : ligne retirée",
                List.of(new AuditTrail.Change("Ligne", label, null)));
    }

    @Override
    @Transactional
    public void addContribution(Actor actor, UUID campusId, int year, UUID organisationId, BudgetCodes.ContributionKind kind,
                                String description, BigDecimal valuation) {
        addContribution(actor, campusId, year, currentVersion(campusId, year), organisationId, kind, description, valuation);
    }

    @Transactional
    void addContribution(Actor actor, UUID campusId, int year, long version, UUID organisationId, BudgetCodes.ContributionKind kind,
                         String description, BigDecimal valuation) {
        registry.requireManageable(actor, campusId);
        UUID budget = touch(campusId, year, version);
        OrganisationSummary partner = directory.partnersOf(campusId).stream().map(p -> p.organisation())
                .filter(o -> o.id().equals(organisationId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("organisationId", "Choisissez un partenaire du campus."));
        if (description == null || description.isBlank()) {
            throw new BusinessRuleException("description", "Décrivez la contribution.");
        }
        if (Text.longerThan(description, 500)) {
            throw new BusinessRuleException("description", Text.tooLong("La description", description, 500));
        }
        positive(valuation, "valuation", true);
        jdbc.sql("insert into contribution (id, budget_id, organisation_id, kind, description, valuation) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), budget, organisationId, kind.name(), description.strip(), valuation).update();
        audit.record(AUDITED, campusId, "CONTRIBUTION", "Budget " + year + " : contribution ajoutée", List.of(new AuditTrail.Change(
                "Contribution " + kind.label().toLowerCase(Locale.FRENCH) + " de " + partner.name(), null, description.strip() + " — " + euros(valuation))));
    }

    @Override
    @Transactional
    public UUID addFundingRequest(Actor actor, UUID campusId, int year, BudgetCodes.Funder funder, String programme, BigDecimal amountAsked,
                                  BigDecimal eligibleExpenses) {
        registry.requireManageable(actor, campusId);
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (funder == null) {
            problems.put("funder", "Choisissez le financeur.");
        }
        if (programme == null || programme.isBlank()) {
            problems.put("programme", "Indiquez le programme ou l'appel visé.");
        } else if (Text.longerThan(programme, 255)) {
            problems.put("programme", Text.tooLong("Le programme", programme, 255));
        }
        if (amountAsked == null || amountAsked.signum() <= 0) {
            problems.put("amountAsked", "Le montant demandé doit être positif.");
        }
        FundingCap.problems(funder, eligibleExpenses, amountAsked, null).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into funding_request (id, campus_id, year, funder, programme, amount_asked, status, eligible_expenses)
                        values (?, ?, ?, ?, ?, ?, 'PLANNED', ?)""")
                .params(id, campusId, year, funder.name(), programme.strip(), amountAsked, eligibleExpenses).update();
        audit.record(AUDITED, campusId, "DEMANDE_FINANCEMENT", "Demande de financement ajoutée", List.of(new AuditTrail.Change(
                "Demande à " + funder.label(), null, programme.strip() + " — " + euros(amountAsked)
                        + (eligibleExpenses == null ? "" : " pour " + euros(eligibleExpenses) + " de dépenses éligibles"))));
        return id;
    }

    @Override
    @Transactional
    public void decideFundingRequest(Actor actor, UUID campusId, UUID requestId, BudgetCodes.FundingStatus status, BigDecimal granted) {
        registry.requireManageable(actor, campusId);
        if (status == BudgetCodes.FundingStatus.GRANTED && (granted == null || granted.signum() <= 0)) {
            throw new BusinessRuleException("amountGranted", "Indiquez le montant accordé.");
        }
        positive(granted, "amountGranted", false);
        record Before(String status, String programme, BudgetCodes.Funder funder, BigDecimal eligibleExpenses) {
        }
        var before = jdbc.sql("select status, programme, funder, eligible_expenses from funding_request where id = ? and campus_id = ?")
                .params(requestId, campusId)
                .query((rs, n) -> new Before(rs.getString(1), rs.getString(2), BudgetCodes.Funder.valueOf(rs.getString(3)), rs.getBigDecimal(4)))
                .optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette demande n'existe plus."));
        if (status == BudgetCodes.FundingStatus.GRANTED && before.funder().maxShareOfEligibleExpenses() != null) {
            var problems = FundingCap.problems(before.funder(), before.eligibleExpenses(), null, granted);
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(problems);
            }
        }
        jdbc.sql("update funding_request set status = ?, amount_granted = ? where id = ?")
                .params(status.name(), status == BudgetCodes.FundingStatus.GRANTED ? granted : null, requestId).update();
        audit.record(AUDITED, campusId, "DEMANDE_FINANCEMENT", "Demande de financement « " + before.programme() + " »", List.of(new AuditTrail.Change(
                "Statut", BudgetCodes.FundingStatus.valueOf(before.status()).label(),
                status.label() + (status == BudgetCodes.FundingStatus.GRANTED ? " (" + euros(granted) + ")" : ""))));
    }

    private long currentVersion(UUID campusId, int year) {
        return budget(campusId, year).map(BudgetView::version)
                .orElseThrow(() -> new BusinessRuleException("year", "Aucun budget " + year + " n'est ouvert."));
    }

    /** Checks the version the form was opened on, and raises it. */
    private UUID touch(UUID campusId, int year, long version) {
        return jdbc.sql("update budget set version = version + 1 where campus_id = ? and year = ? and version = ? returning id")
                .params(campusId, year, version).query(UUID.class).optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Ce budget a été modifié par quelqu'un d'autre pendant votre saisie : "
                        + "rechargez la page pour voir la version actuelle. Rien n'a été enregistré."));
    }

    private BudgetView view(UUID id, UUID campusId, int year, long version) {
        List<LineView> lines = jdbc.sql("select id, side, category, label, planned, actual from budget_line where budget_id = ? order by side desc, category, label")
                .param(id).query((rs, n) -> lineView(rs)).list();
        record Row(UUID id, UUID organisationId, String kind, String description, BigDecimal valuation) {
        }
        List<Row> rows = jdbc.sql("select id, organisation_id, kind, description, valuation from contribution where budget_id = ?")
                .param(id).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5))).list();
        var contributors = directory.organisations(rows.stream().map(Row::organisationId).collect(java.util.stream.Collectors.toSet()));
        List<ContributionView> contributions = rows.stream()
                .map(r -> new ContributionView(r.id(), contributors.containsKey(r.organisationId()) ? contributors.get(r.organisationId()).name() : "",
                        BudgetCodes.ContributionKind.valueOf(r.kind()), r.description(), r.valuation()))
                .sorted(java.util.Comparator.comparing(ContributionView::organisationName, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
                .toList();
        List<FundingRequestView> requests = jdbc.sql("""
                        select id, funder, programme, amount_asked, status, amount_granted, eligible_expenses from funding_request
                        where campus_id = ? and year = ? order by programme""")
                .params(campusId, year).query((rs, n) -> new FundingRequestView(rs.getObject(1, UUID.class), BudgetCodes.Funder.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4), BudgetCodes.FundingStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6),
                        rs.getBigDecimal(7))).list();
        var figures = BudgetFigures.of(lines.stream().map(l -> new BudgetFigures.Line(l.expense(), l.category(), l.planned(), l.actual())).toList(),
                contributions.stream().map(c -> new BudgetFigures.Contribution(c.kind(), c.valuation())).toList());
        var contributorIds = rows.stream().map(Row::organisationId).collect(java.util.stream.Collectors.toSet());
        return new BudgetView(id, campusId, year, version, lines, contributions, requests, figures,
                silentPartners(directory.partnersOf(campusId), contributorIds, year));
    }

    /**
     * The partners whose membership of the campus covers part of the year and who contribute nothing to its budget,
     * by name, each once.
     */
    static List<String> silentPartners(List<fr.passerelle.directory.Partner> partners, java.util.Set<UUID> contributors, int year) {
        java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
        return partners.stream()
                .filter(p -> (p.since() == null || !p.since().isAfter(last)) && (p.until() == null || !p.until().isBefore(first)))
                .map(fr.passerelle.directory.Partner::organisation)
                .filter(o -> !contributors.contains(o.id()))
                .collect(java.util.stream.Collectors.toMap(OrganisationSummary::id, OrganisationSummary::displayName, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().sorted(java.text.Collator.getInstance(Locale.FRENCH)).toList();
    }

    private static LineView lineView(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean expense = rs.getString(2).equals("EXPENSE");
        String category = rs.getString(3);
        return new LineView(rs.getObject(1, UUID.class), expense, category,
                expense ? BudgetCodes.ExpenseCategory.valueOf(category).label() : BudgetCodes.Funder.valueOf(category).label(),
                rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
    }

    private static void positive(BigDecimal amount, String field, boolean required) {
        if (amount == null) {
            if (required) {
                throw new BusinessRuleException(field, "Le montant est obligatoire.");
            }
            return;
        }
        if (amount.signum() < 0) {
            throw new BusinessRuleException(field, "Le montant ne peut être négatif.");
        }
    }

    static String euros(BigDecimal amount) {
        return amount == null ? "—" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }
}
