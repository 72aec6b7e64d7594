package fr.passerelle.indicators.catalogue;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.IndicatorDeclarations;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The values campuses declare for their DECLARED indicators, a year at a time. Who runs the campus (its operational
 * director, the national administration) declares; who reads everything of it (its co-pilots, academic referents, the
 * DREETS correspondent following it) reads the values, their history and their evidence. A declaration is the value —
 * or one value per key of the indicator's breakdown, the total being their sum — with a comment and an optional
 * evidence file; it supersedes the current one, which stays in the history. Every declaration is audited on the campus.
 */
@Service
class Declarations implements IndicatorDeclarations {

    /** Declarations are audited on the campus, where its history page shows them. */
    static final String AUDITED = "campus";
    static final int FIRST_YEAR = 2000;
    static final int MAX_COMMENT = 2000;
    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;
    static final Set<UploadedFile.FileType> EVIDENCE_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.PNG,
            UploadedFile.FileType.JPEG, UploadedFile.FileType.XLSX, UploadedFile.FileType.ODS, UploadedFile.FileType.CSV);

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final CampusRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Declarations(JdbcClient jdbc, Catalogue catalogue, CampusRegistry registry, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** One declaration of the history: its values by key (the total under {@code ""}), comment and evidence. */
    record Declaration(UUID id, Instant declaredAt, String declaredBy, Map<String, BigDecimal> values, String comment, String evidenceName,
                       Long evidenceSize, boolean current) {

        public String when() {
            return Times.current().stamp(declaredAt);
        }

        public String evidenceSizeText() {
            return evidenceSize == null ? "" : UploadedFile.displaySize(evidenceSize);
        }
    }

    /**
     * What the declaration page shows: the campus, the indicator, the year, the keys to declare, whether the reader may
     * declare (and why not), and the history, newest first.
     */
    record Sheet(CampusCard campus, IndicatorDefinition indicator, int year, List<Option> keys, boolean declarable, String notDeclarable,
                 List<Declaration> history) {

        public String yearText() {
            return indicator.period().yearText(year);
        }

        public Optional<Declaration> current() {
            return history.stream().filter(Declaration::current).findFirst();
        }

        public String valueText(Declaration declaration, String key) {
            return DeclaredValue.text(indicator.unit(), declaration.values().get(key));
        }

        public boolean breakdown() {
            return indicator.breakdown() != null;
        }
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** The declaration page of a campus, an indicator and a year, for who reads everything of the campus. */
    @Transactional(readOnly = true)
    Sheet sheet(Actor actor, UUID campusId, String code, int year) {
        CampusCard campus = requireReader(actor, campusId);
        IndicatorDefinition indicator = declaredIndicator(code);
        if (!indicator.declared()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Cet indicateur ne se déclare pas : la plateforme le calcule ou l’importe.");
        }
        requireYear(year);
        String refusal = refusal(actor, campusId, indicator);
        return new Sheet(campus, indicator, year, keys(indicator), refusal == null, refusal, history(campusId, code, year));
    }

    /** The declaration page for who may declare: refused (403) to everyone else, before anything typed is read. */
    @Transactional(readOnly = true)
    Sheet declarableSheet(Actor actor, UUID campusId, String code, int year) {
        Sheet sheet = sheet(actor, campusId, code, year);
        if (!sheet.declarable()) {
            throw new AccessDeniedException(sheet.notDeclarable());
        }
        return sheet;
    }

    /** The evidence of a declaration, for who reads everything of the campus; empty when there is none. */
    @Transactional(readOnly = true)
    Optional<UploadedFile> evidence(Actor actor, UUID campusId, String code, int year, UUID declarationId) {
        requireReader(actor, campusId);
        return jdbc.sql("""
                        select evidence_name, evidence_type, evidence_data from indicator_declaration
                        where id = ? and campus_id = ? and indicator_code = ? and year = ? and evidence_data is not null""")
                .params(declarationId, campusId, code, year)
                .query((rs, n) -> new UploadedFile(rs.getString(1), UploadedFile.FileType.ofMediaType(rs.getString(2)), rs.getBytes(3)))
                .optional();
    }

    // --- declaring -----------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public void declare(Actor actor, UUID campusId, String indicatorCode, int year, Map<String, BigDecimal> values, String comment) {
        declare(actor, campusId, indicatorCode, year, values, comment, null, null);
    }

    /**
     * Declares the values for the year with the comment and, when a file is sent, its evidence (checked: type and
     * size); the current declaration is superseded. Refused (403) to who does not run the campus, and for an indicator
     * the campuses do not declare.
     */
    @Transactional
    UUID declare(Actor actor, UUID campusId, String code, int year, Map<String, BigDecimal> values, String comment, String fileName,
                 byte[] fileContent) {
        requireReader(actor, campusId);
        IndicatorDefinition indicator = declaredIndicator(code);
        requireYear(year);
        String refusal = refusal(actor, campusId, indicator);
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
        Map<String, BigDecimal> checked = checked(indicator, values);
        String cleanComment = Text.trimToNull(comment);
        if (cleanComment != null && cleanComment.length() > MAX_COMMENT) {
            throw new BusinessRuleException("comment", "Le commentaire fait 2000 caractères au plus.");
        }
        UploadedFile evidence = null;
        if (fileContent != null && fileContent.length > 0 || fileName != null && !fileName.isBlank()) {
            try {
                evidence = UploadedFile.check(fileName, fileContent, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES);
            } catch (UploadedFile.RejectedFile e) {
                throw new BusinessRuleException("justificatif", e.getMessage());
            }
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        Map<String, BigDecimal> before = history(campusId, code, year).stream().filter(Declaration::current).findFirst()
                .map(Declaration::values).orElse(Map.of());
        jdbc.sql("update indicator_declaration set superseded_at = ? where campus_id = ? and indicator_code = ? and year = ? and superseded_at is null")
                .params(now, campusId, code, year).update();
        UUID declarationId = UUID.randomUUID();
        for (var entry : checked.entrySet()) {
            boolean total = entry.getKey().equals(BreakdownKeys.TOTAL);
            UUID id = total ? declarationId : UUID.randomUUID();
            UploadedFile file = total ? evidence : null;
            jdbc.sql("""
                            insert into indicator_declaration (id, declaration_id, campus_id, indicator_code, year, breakdown_key, value, comment,
                                                               evidence_name, evidence_type, evidence_size, evidence_data, declared_at, declared_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, declarationId, campusId, code, year, entry.getKey(), entry.getValue(), total ? cleanComment : null,
                            file == null ? null : file.name(), file == null ? null : file.contentType(), file == null ? null : file.size(),
                            file == null ? null : file.content(), now, actor.username())
                    .update();
        }
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (var entry : checked.entrySet()) {
            String label = BreakdownKeys.label(indicator.breakdown(), entry.getKey());
            String old = before.containsKey(entry.getKey()) ? DeclaredValue.text(indicator.unit(), before.get(entry.getKey())) : null;
            changes.add(new AuditTrail.Change(label, old, DeclaredValue.text(indicator.unit(), entry.getValue())));
        }
        if (cleanComment != null) {
            changes.add(new AuditTrail.Change("Commentaire", null, cleanComment));
        }
        if (evidence != null) {
            changes.add(new AuditTrail.Change("Justificatif", null, evidence.name() + " (" + UploadedFile.displaySize(evidence.size()) + ")"));
        }
        audit.record(AUDITED, campusId, "INDICATEUR_DECLARE", Catalogue.summary("Indicateur « " + indicator.name() + " » déclaré pour "
                + indicator.period().yearText(year)), changes);
        events.publishEvent(new IndicatorDeclarations.Declared(campusId, code, year));
        return declarationId;
    }

    /** The values by key in the breakdown's order with their total first, each checked against the unit. */
    private static Map<String, BigDecimal> checked(IndicatorDefinition indicator, Map<String, BigDecimal> values) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        List<Option> keys = keys(indicator);
        if (indicator.breakdown() == null) {
            BigDecimal value = values.get(BreakdownKeys.TOTAL);
            String problem = DeclaredValue.problem(indicator.unit(), value, "La valeur");
            if (problem != null) {
                throw new BusinessRuleException(DeclarationForm.field(BreakdownKeys.TOTAL), problem);
            }
            checked.put(BreakdownKeys.TOTAL, value);
            return checked;
        }
        if (!values.keySet().stream().allMatch(k -> k.equals(BreakdownKeys.TOTAL) || keys.stream().anyMatch(o -> o.value().equals(k)))) {
            throw new BusinessRuleException("Une valeur est déclarée pour une clé inconnue : " + values.keySet().stream()
                    .filter(k -> keys.stream().noneMatch(o -> o.value().equals(k))).collect(Collectors.joining(", ")) + ".");
        }
        BigDecimal total = BigDecimal.ZERO;
        checked.put(BreakdownKeys.TOTAL, null);
        for (Option key : keys) {
            BigDecimal value = values.get(key.value());
            String problem = DeclaredValue.problem(indicator.unit(), value, key.label());
            if (problem != null) {
                problems.put(DeclarationForm.field(key.value()), problem);
            } else {
                checked.put(key.value(), value);
                total = total.add(value);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        checked.put(BreakdownKeys.TOTAL, total);
        return checked;
    }

    static List<Option> keys(IndicatorDefinition indicator) {
        return BreakdownKeys.of(indicator.breakdown());
    }

    private List<Declaration> history(UUID campusId, String code, int year) {
        record Row(UUID id, String key, BigDecimal value, String comment, String evidenceName, Long evidenceSize, Instant at, String by,
                   boolean current, String group) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, breakdown_key, value, comment, evidence_name, evidence_size, declared_at, declared_by, superseded_at is null,
                               coalesce(declaration_id::text, declared_at::text)
                        from indicator_declaration where campus_id = ? and indicator_code = ? and year = ?
                        order by declared_at desc, superseded_at is null desc, superseded_at desc, breakdown_key""")
                .params(campusId, code, year)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getBoolean(9), rs.getString(10)))
                .list();
        Map<String, List<Row>> byDeclaration = rows.stream().collect(Collectors.groupingBy(Row::group, LinkedHashMap::new, Collectors.toList()));
        List<Declaration> history = new ArrayList<>();
        byDeclaration.forEach((key, group) -> {
            Row total = group.stream().filter(r -> r.key().equals(BreakdownKeys.TOTAL)).findFirst().orElse(group.get(0));
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            group.forEach(r -> values.put(r.key(), r.value()));
            history.add(new Declaration(total.id(), total.at(), total.by(), values, total.comment(), total.evidenceName(), total.evidenceSize(),
                    total.current()));
        });
        return history;
    }

    /** Why the actor may not declare this indicator for the campus; null when they may. */
    private String refusal(Actor actor, UUID campusId, IndicatorDefinition indicator) {
        if (!registry.canManage(actor, campusId)) {
            return "Les valeurs déclarées d’un campus sont saisies par sa direction opérationnelle : vous les consultez sans les modifier.";
        }
        if (!indicator.declared()) {
            return "Cet indicateur est " + (indicator.source() == fr.passerelle.indicators.IndicatorSource.COMPUTED ? "calculé par la plateforme"
                    : "importé") + " : sa valeur ne se déclare pas.";
        }
        if (indicator.retired()) {
            return "Cet indicateur est retiré du catalogue : il ne se déclare plus.";
        }
        CampusCard campus = registry.byId(campusId).orElseThrow();
        if (catalogue.tracked(campus.academyCode()).stream().noneMatch(i -> i.code().equals(indicator.code()))) {
            return "Cet indicateur facultatif n’est pas suivi par les campus de l’académie : son référent académique le choisit.";
        }
        return null;
    }

    private CampusCard requireReader(Actor actor, UUID campusId) {
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Campus inconnu"));
        if (!registry.canReadEverything(actor, campusId)) {
            throw new AccessDeniedException("Ce campus n'est pas dans votre périmètre.");
        }
        return campus;
    }

    private IndicatorDefinition declaredIndicator(String code) {
        return catalogue.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
    }

    private void requireYear(int year) {
        int last = Year.now(clock).getValue() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Les valeurs se déclarent pour les années " + FIRST_YEAR + " à " + last + ".");
        }
    }
}
