package fr.passerelle.indicators.catalogue;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator catalogue: reading it (by theme, filtered by theme and source), the national administration's added
 * indicators and its changes, and the optional indicators each académie tracks. The methods taking the {@link Actor}
 * check who acts ({@link CataloguePermissions}); every change is audited — an indicator's on the indicator, an
 * académie's choice on the académie.
 */
@Service
class Catalogue implements IndicatorCatalogue {

    static final String AUDITED_INDICATOR = "indicator";
    static final String AUDITED_ACADEMY = "academy_indicators";

    static final int MAX_NAME = 255;
    static final int MAX_TEXT = 4000;

    static final String STALE = "Cet indicateur a été modifié par quelqu’un d’autre pendant votre saisie : rien n’a été enregistré. "
            + "Vérifiez la version actuelle ci-dessous et enregistrez à nouveau.";

    private static final String COLUMNS = "code, name, theme, definition, formula, unit, source, period, mask_below, public, optional, "
            + "breakdown, shipped, retired_at, version";
    /** The catalogue's order: the five themes in their order, then each indicator's position. */
    private static final String ORDER = "array_position(array[" + Arrays.stream(Theme.values()).map(t -> "'" + t.name() + "'")
            .collect(Collectors.joining(", ")) + "]::varchar[], theme), position, code";

    private final JdbcClient jdbc;
    private final CampusRegistry registry;
    private final Territories territories;
    private final AuditTrail audit;
    private final Clock clock;

    Catalogue(JdbcClient jdbc, CampusRegistry registry, Territories territories, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.territories = territories;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the public API ------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> all() {
        return jdbc.sql("select " + COLUMNS + " from indicator order by " + ORDER).query(Catalogue::indicator).list()
                .stream().map(Indicator::definition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorDefinition> byCode(String code) {
        return find(code).map(Indicator::definition);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> tracked(String academyCode) {
        return jdbc.sql("select " + COLUMNS + " from indicator where retired_at is null and (not optional or code in "
                        + "(select indicator_code from indicator_academy_choice where academy_code = :academy)) order by " + ORDER)
                .param("academy", academyCode)
                .query(Catalogue::indicator).list().stream().map(Indicator::definition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> tracked(UUID campusId) {
        return registry.byId(campusId).map(campus -> tracked(campus.academyCode())).orElse(List.of());
    }

    @Override
    @Transactional
    public void chooseOptional(Actor actor, String academyCode, Set<String> indicatorCodes) {
        Academy academy = requireChooser(actor, academyCode);
        Set<String> optional = optionalCodes();
        Set<String> wanted = new LinkedHashSet<>(indicatorCodes);
        wanted.removeIf(code -> code == null || code.isBlank());
        if (!optional.containsAll(wanted)) {
            throw new BusinessRuleException("indicators", "Choisissez parmi les indicateurs facultatifs de la liste.");
        }
        Set<String> before = chosen(academy.code());
        if (before.equals(wanted)) {
            return;
        }
        jdbc.sql("delete from indicator_academy_choice where academy_code = ?").param(academy.code()).update();
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (String code : wanted) {
            jdbc.sql("insert into indicator_academy_choice (academy_code, indicator_code, chosen_at, chosen_by) values (?, ?, ?, ?)")
                    .params(academy.code(), code, now, actor.username()).update();
        }
        audit.record(AUDITED_ACADEMY, academyId(academy.code()), "INDICATEURS_FACULTATIFS",
                "Indicateurs facultatifs suivis par l’académie de " + academy.name(),
                List.of(new AuditTrail.Change("Indicateurs facultatifs", names(before), names(wanted))));
    }

    // --- reading in the back office ------------------------------------------------------------------------------

    /** The catalogue as the actor reads it, filtered by theme and source when given. */
    @Transactional(readOnly = true)
    List<Indicator> list(Actor actor, Theme theme, IndicatorSource source) {
        requireReader(actor);
        return jdbc.sql("select " + COLUMNS + " from indicator where (cast(:theme as varchar) is null or theme = :theme) "
                        + "and (cast(:source as varchar) is null or source = :source) order by " + ORDER)
                .param("theme", theme == null ? null : theme.name())
                .param("source", source == null ? null : source.name())
                .query(Catalogue::indicator).list();
    }

    /** One indicator, for a reader of the catalogue; 404 when unknown. */
    @Transactional(readOnly = true)
    Indicator indicator(Actor actor, String code) {
        requireReader(actor);
        return find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
    }

    /** One indicator, for the national administration's forms. */
    @Transactional(readOnly = true)
    Indicator editable(Actor actor, String code) {
        requireManager(actor);
        return indicator(actor, code);
    }

    /** The changes of an indicator, newest first. */
    @Transactional(readOnly = true)
    List<AuditTrail.Entry> history(Actor actor, String code) {
        requireReader(actor);
        return audit.history(AUDITED_INDICATOR, indicatorId(code));
    }

    /** The académie and its choice, for its referent or the national administration. */
    @Transactional(readOnly = true)
    AcademyChoice academyChoice(Actor actor, String academyCode) {
        Academy academy = requireChooser(actor, academyCode);
        List<IndicatorDefinition> optional = jdbc.sql("select " + COLUMNS + " from indicator where optional and retired_at is null order by " + ORDER)
                .query(Catalogue::indicator).list().stream().map(Indicator::definition).toList();
        return new AcademyChoice(academy, optional, chosen(academy.code()), audit.history(AUDITED_ACADEMY, academyId(academy.code())));
    }

    record AcademyChoice(Academy academy, List<IndicatorDefinition> optional, Set<String> chosen, List<AuditTrail.Entry> history) {
    }

    boolean canRead(Actor actor) {
        return CataloguePermissions.canRead(actor);
    }

    boolean canManage(Actor actor) {
        return CataloguePermissions.canManage(actor);
    }

    // --- the national administration's changes -------------------------------------------------------------------

    @Transactional
    IndicatorDefinition add(Actor actor, IndicatorDetails details) {
        requireManager(actor);
        if (details.code() == null || details.code().isBlank()) {
            throw new BusinessRuleException("code", "Le code de l’indicateur est obligatoire : il ne changera plus.");
        }
        IndicatorDefinition added = Indicator.added(details);
        if (find(added.code()).isPresent()) {
            throw new BusinessRuleException("code", "Le code " + added.code() + " est déjà celui d’un indicateur du catalogue.");
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 10 from indicator where theme = ?").param(added.theme().name())
                .query(Integer.class).single();
        jdbc.sql("""
                        insert into indicator (code, name, theme, definition, formula, unit, source, period, mask_below, public, optional,
                                               breakdown, position, shipped, created_at, created_by)
                        values (:code, :name, :theme, :definition, :formula, :unit, :source, :period, :mask, :public, :optional,
                                :breakdown, :position, false, :now, :by)""")
                .param("code", added.code()).param("name", added.name()).param("theme", added.theme().name())
                .param("definition", added.definition()).param("formula", added.formula()).param("unit", added.unit().name())
                .param("source", added.source().name()).param("period", added.period().name()).param("mask", added.maskBelow())
                .param("public", added.isPublic()).param("optional", added.optional())
                .param("breakdown", added.breakdown() == null ? null : added.breakdown().name()).param("position", position)
                .param("now", Timestamp.from(Instant.now(clock))).param("by", actor.username())
                .update();
        audit.record(AUDITED_INDICATOR, indicatorId(added.code()), "INDICATEUR_AJOUTE", summary("Indicateur ajouté : " + added.code() + " — " + added.name()),
                diff(null, added).changes());
        return added;
    }

    @Transactional
    IndicatorDefinition edit(Actor actor, String code, long expectedVersion, IndicatorDetails details) {
        requireManager(actor);
        Indicator current = indicator(actor, code);
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(STALE);
        }
        IndicatorDefinition revised = current.revised(details);
        int updated = jdbc.sql("""
                        update indicator set name = :name, theme = :theme, definition = :definition, formula = :formula, unit = :unit,
                               period = :period, mask_below = :mask, public = :public, optional = :optional, breakdown = :breakdown,
                               version = version + 1
                        where code = :code and version = :version""")
                .param("name", revised.name()).param("theme", revised.theme().name()).param("definition", revised.definition())
                .param("formula", revised.formula()).param("unit", revised.unit().name()).param("period", revised.period().name())
                .param("mask", revised.maskBelow()).param("public", revised.isPublic()).param("optional", revised.optional())
                .param("breakdown", revised.breakdown() == null ? null : revised.breakdown().name())
                .param("code", code).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException(STALE);
        }
        if (current.definition().optional() && !revised.optional()) {
            // No longer optional: tracked everywhere, the académies' choices of it mean nothing any more.
            jdbc.sql("delete from indicator_academy_choice where indicator_code = ?").param(code).update();
        }
        AuditTrail.Diff diff = diff(current.definition(), revised);
        if (!diff.isEmpty()) {
            audit.record(AUDITED_INDICATOR, indicatorId(code), "INDICATEUR_MODIFIE", summary("Indicateur modifié : " + code + " — " + revised.name()),
                    diff.changes());
        }
        return revised;
    }

    /** Retires an added indicator: no longer tracked nor declared; its values and its académies' choices stay recorded. */
    @Transactional
    IndicatorDefinition retire(Actor actor, String code, long expectedVersion) {
        requireManager(actor);
        Indicator current = indicator(actor, code);
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(STALE);
        }
        current.requireRetirable();
        int updated = jdbc.sql("update indicator set retired_at = ?, version = version + 1 where code = ? and version = ? and retired_at is null")
                .params(Timestamp.from(Instant.now(clock)), code, expectedVersion).update();
        if (updated == 0) {
            throw new ConcurrentEditException(STALE);
        }
        audit.record(AUDITED_INDICATOR, indicatorId(code), "INDICATEUR_RETIRE", summary("Indicateur retiré : " + code + " — " + current.definition().name()),
                List.of(new AuditTrail.Change("Statut", "Suivi", "Retiré")));
        return current.definition();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    Optional<Indicator> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from indicator where code = ?").param(code).query(Catalogue::indicator).optional();
    }

    private Set<String> chosen(String academyCode) {
        return new LinkedHashSet<>(jdbc.sql("select indicator_code from indicator_academy_choice where academy_code = ? order by indicator_code")
                .param(academyCode).query(String.class).list());
    }

    private Set<String> optionalCodes() {
        return new LinkedHashSet<>(jdbc.sql("select code from indicator where optional and retired_at is null").query(String.class).list());
    }

    private String names(Set<String> codes) {
        if (codes.isEmpty()) {
            return "aucun";
        }
        return jdbc.sql("select name from indicator where code in (:codes) order by " + ORDER).param("codes", codes)
                .query(String.class).list().stream().collect(Collectors.joining(" ; "));
    }

    private static AuditTrail.Diff diff(IndicatorDefinition before, IndicatorDefinition after) {
        return new AuditTrail.Diff()
                .field("Code", before == null ? null : before.code(), after.code())
                .field("Nom", before == null ? null : before.name(), after.name())
                .field("Thème", before == null ? null : before.theme().label(), after.theme().label())
                .field("Définition", before == null ? null : before.definition(), after.definition())
                .field("Formule", before == null ? null : before.formula(), after.formula())
                .field("Unité", before == null ? null : before.unit().label(), after.unit().label())
                .field("Période", before == null ? null : before.period().label(), after.period().label())
                .field("Seuil de masquage", before == null ? null : before.maskBelow(), after.maskBelow())
                .field("Public", before == null ? null : yesNo(before.isPublic()), yesNo(after.isPublic()))
                .field("Facultatif", before == null ? null : yesNo(before.optional()), yesNo(after.optional()))
                .field("Détail", before == null || before.breakdown() == null ? null : before.breakdown().label(),
                        after.breakdown() == null ? null : after.breakdown().label());
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    /** An audit summary within its column (255 characters): an indicator's name may fill it alone. */
    static String summary(String text) {
        return text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    /** The id an indicator's changes are audited under (the audit trail keys records by UUID; an indicator by its code). */
    static UUID indicatorId(String code) {
        return UUID.nameUUIDFromBytes(("indicator:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** The id an académie's choices are audited under. */
    static UUID academyId(String academyCode) {
        return UUID.nameUUIDFromBytes(("academy-indicators:" + academyCode).getBytes(StandardCharsets.UTF_8));
    }

    private void requireReader(Actor actor) {
        if (!CataloguePermissions.canRead(actor)) {
            throw new AccessDeniedException("Le catalogue des indicateurs est réservé aux personnes qui suivent les campus.");
        }
    }

    void requireManager(Actor actor) {
        if (!CataloguePermissions.canManage(actor)) {
            throw new AccessDeniedException("Le catalogue des indicateurs est tenu par l’administration nationale.");
        }
    }

    private Academy requireChooser(Actor actor, String academyCode) {
        if (!CataloguePermissions.canChooseFor(actor, academyCode)) {
            throw new AccessDeniedException("Les indicateurs facultatifs d’une académie sont choisis par son référent académique.");
        }
        return territories.academy(academyCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Académie inconnue"));
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        String breakdown = rs.getString("breakdown");
        return new Indicator(new IndicatorDefinition(rs.getString("code"), rs.getString("name"), Theme.valueOf(rs.getString("theme")),
                rs.getString("definition"), rs.getString("formula"), Unit.valueOf(rs.getString("unit")),
                IndicatorSource.valueOf(rs.getString("source")), Period.valueOf(rs.getString("period")), rs.getInt("mask_below"),
                rs.getBoolean("public"), rs.getBoolean("optional"), breakdown == null ? null : Breakdown.valueOf(breakdown),
                rs.getBoolean("shipped"), rs.getTimestamp("retired_at") != null), rs.getLong("version"));
    }
}
