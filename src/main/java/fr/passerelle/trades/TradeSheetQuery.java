package fr.passerelle.trades;

import fr.passerelle.trades.TradeSheet.KnowledgeGroup;
import fr.passerelle.trades.TradeSheet.KnowledgeLine;
import fr.passerelle.trades.TradeSheet.SectorLine;
import fr.passerelle.trades.TradeSheet.SoftSkill;
import fr.passerelle.trades.TradeSheet.WorkContextGroup;
import fr.passerelle.trades.TradeSheet.WorkContextLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of ROME for the sheets, the facade and the search's labels, always in the current release, in SQL over the
 * tables of V46. A fiche's sheet is read in a dozen small queries by its key; nothing here scans a whole table except
 * the few reference lists (grand domains, professional domains, sectors) the search facets name.
 */
@Component
class TradeSheetQuery {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);
    private static final int MAX_CODES = 1000;

    private final JdbcClient jdbc;

    TradeSheetQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current release: its id and version number; empty before the first import. */
    record Release(UUID id, int version) {
    }

    Optional<Release> current() {
        return jdbc.sql("select id, version from rome_release where is_current")
                .query((rs, n) -> new Release(rs.getObject("id", UUID.class), rs.getInt("version")))
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<TradeSheet> sheet(String code) {
        Optional<Release> found = current();
        if (found.isEmpty() || !TradeCodes.isTradeCode(code)) {
            return Optional.empty();
        }
        Release release = found.get();
        UUID r = release.id();
        String trade = TradeCodes.normalise(code);
        record Head(String code, String label, String parentCode, String grandDomainCode, String grandDomainLabel,
                    String domainCode, String domainLabel, TradeSheet.Tags tags, TradeSheet.Riasec riasec,
                    String definition, String access) {
        }
        Optional<Head> head = jdbc.sql("""
                        select t.code, t.label, t.parent_code, t.domain_code, d.label as domain_label,
                               g.code as grand_code, g.label as grand_label, t.ecological_transition, t.digital_transition,
                               t.demographic_transition, t.regulated, t.executive, t.riasec_major, t.riasec_minor,
                               t.definition, t.access
                        from rome_trade t
                        left join rome_professional_domain d on d.release_id = t.release_id and d.code = t.domain_code
                        left join rome_grand_domain g on g.release_id = t.release_id
                                  and g.code = coalesce(d.grand_domain_code, left(t.domain_code, 1))
                        where t.release_id = ? and t.code = ?""")
                .params(r, trade)
                .query((rs, n) -> new Head(rs.getString("code"), rs.getString("label"), rs.getString("parent_code"),
                        rs.getString("grand_code"), rs.getString("grand_label"), rs.getString("domain_code"),
                        rs.getString("domain_label"),
                        new TradeSheet.Tags(EcologicalTransition.fromRome(rs.getString("ecological_transition")).orElse(null),
                                isTrue(rs, "digital_transition"), isTrue(rs, "demographic_transition"), isTrue(rs, "regulated"),
                                isTrue(rs, "executive")),
                        rs.getString("riasec_major") == null ? null
                                : new TradeSheet.Riasec(rs.getString("riasec_major"), blankToNull(rs.getString("riasec_minor"))),
                        rs.getString("definition"), rs.getString("access")))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        return Optional.of(new TradeSheet(release.version(), h.code(), h.label(), h.parentCode(), h.grandDomainCode(),
                h.grandDomainLabel(), h.domainCode(), h.domainLabel(), h.tags(), h.riasec(), lines(h.definition()),
                lines(h.access()), jobTitlesOf(r, trade), SkillTree.group(skillRows(r, trade)), softSkills(r, trade),
                knowledgeOf(r, trade), workContexts(r, trade), neighbours(r, trade), sectors(r, trade), nafSectors(r, trade),
                themes(r, trade), interests(r, trade)));
    }

    private List<JobTitleChoice> jobTitlesOf(UUID release, String trade) {
        List<JobTitleChoice> titles = new ArrayList<>(jdbc.sql(JOB_TITLES + " where j.release_id = ? and j.trade_code = ?")
                .params(release, trade).query(TradeSheetQuery::jobTitle).list());
        titles.sort(Comparator.comparing((JobTitleChoice j) -> !j.principal()).thenComparing(JobTitleChoice::rarelyUsed)
                .thenComparing(JobTitleChoice::label, FRENCH));
        return titles;
    }

    private List<SkillTree.Row> skillRows(UUID release, String trade) {
        return jdbc.sql("""
                        select s.ogr, s.label, s.macro, s.subcategory, i.core, s.macro_code,
                               m.ogr as m_ogr, m.label as m_label, m.macro_code as m_code
                        from rome_trade_item i
                        join rome_skill s on s.release_id = i.release_id and s.ogr = i.ogr
                        left join rome_skill m on m.release_id = s.release_id and m.ogr = s.macro_ogr
                        where i.release_id = ? and i.trade_code = ? and i.block = 5
                          and coalesce(s.category, '') not like 'Savoir-être%'""")
                .params(release, trade)
                .query((rs, n) -> rs.getBoolean("macro")
                        ? new SkillTree.Row(rs.getInt("ogr"), rs.getString("label"), true, rs.getString("subcategory"),
                                CoreFlag.of(rs.getString("core")), rs.getInt("ogr"), rs.getString("label"), rs.getString("macro_code"))
                        : new SkillTree.Row(rs.getInt("ogr"), rs.getString("label"), false, rs.getString("subcategory"),
                                CoreFlag.of(rs.getString("core")), (Integer) rs.getObject("m_ogr"), rs.getString("m_label"),
                                rs.getString("m_code")))
                .list();
    }

    private List<SoftSkill> softSkills(UUID release, String trade) {
        List<SoftSkill> skills = new ArrayList<>(jdbc.sql("""
                        select s.ogr, s.label, s.definition, i.core
                        from rome_trade_item i
                        join rome_skill s on s.release_id = i.release_id and s.ogr = i.ogr
                        where i.release_id = ? and i.trade_code = ? and i.block = 5 and s.category like 'Savoir-être%'""")
                .params(release, trade)
                .query((rs, n) -> new SoftSkill(rs.getInt("ogr"), rs.getString("label"), rs.getString("definition"),
                        CoreFlag.of(rs.getString("core"))))
                .list());
        skills.sort(Comparator.comparing((SoftSkill s) -> s.flag().ordinal()).thenComparing(SoftSkill::label, FRENCH));
        return skills;
    }

    /** The savoirs by category, in French order, certifications and licences last. */
    private List<KnowledgeGroup> knowledgeOf(UUID release, String trade) {
        record Row(String category, KnowledgeLine line) {
        }
        List<Row> rows = jdbc.sql("""
                        select k.ogr, k.label, k.category, k.subcategory, i.core
                        from rome_trade_item i
                        join rome_knowledge k on k.release_id = i.release_id and k.ogr = i.ogr
                        where i.release_id = ? and i.trade_code = ? and i.block = 5""")
                .params(release, trade)
                .query((rs, n) -> new Row(rs.getString("category") == null ? "Autres savoirs" : rs.getString("category"),
                        new KnowledgeLine(rs.getInt("ogr"), rs.getString("label"), rs.getString("subcategory"),
                                CoreFlag.of(rs.getString("core")))))
                .list();
        Map<String, List<KnowledgeLine>> byCategory = new java.util.TreeMap<>(
                Comparator.comparing(KnowledgeSummary.CERTIFICATIONS::equals).thenComparing(FRENCH::compare));
        rows.forEach(row -> byCategory.computeIfAbsent(row.category(), k -> new ArrayList<>()).add(row.line()));
        List<KnowledgeGroup> groups = new ArrayList<>();
        byCategory.forEach((category, lines) -> groups.add(new KnowledgeGroup(category,
                KnowledgeSummary.CERTIFICATIONS.equals(category),
                lines.stream().sorted(Comparator.comparing((KnowledgeLine l) -> l.flag().ordinal())
                        .thenComparing(KnowledgeLine::label, FRENCH)).toList())));
        return groups;
    }

    private List<WorkContextGroup> workContexts(UUID release, String trade) {
        Map<String, List<WorkContextLine>> byType = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.ogr, c.label, c.type_label, i.core
                        from rome_trade_item i
                        join rome_work_context c on c.release_id = i.release_id and c.ogr = i.ogr
                        where i.release_id = ? and i.trade_code = ? and i.block = 6
                        order by c.type_code, c.type_label, c.label""")
                .params(release, trade)
                .query((rs, n) -> {
                    byType.computeIfAbsent(rs.getString("type_label") == null ? "Autres contextes" : rs.getString("type_label"),
                            k -> new ArrayList<>()).add(new WorkContextLine(rs.getInt("ogr"), rs.getString("label"),
                            CoreFlag.of(rs.getString("core"))));
                    return null;
                })
                .list();
        return byType.entrySet().stream().map(e -> new WorkContextGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The fiches the mobility links lead to, when they exist in the release, in ROME's order. */
    private List<TradeSummary> neighbours(UUID release, String trade) {
        return jdbc.sql("""
                        select t.code, t.label, t.parent_code, t.domain_code
                        from rome_mobility m
                        join rome_trade t on t.release_id = m.release_id and t.code = m.target_code
                        where m.release_id = ? and m.trade_code = ?
                        order by m.rank nulls last, t.code""")
                .params(release, trade)
                .query(TradeSheetQuery::summary)
                .list();
    }

    private List<SectorLine> sectors(UUID release, String trade) {
        List<SectorLine> sectors = new ArrayList<>(jdbc.sql("""
                        select s.code, s.label, p.label as parent_label, ts.principal
                        from rome_trade_sector ts
                        join rome_sector s on s.release_id = ts.release_id and s.code = ts.sector_code
                        left join rome_sector p on p.release_id = s.release_id and p.code = s.parent_code
                        where ts.release_id = ? and ts.trade_code = ?""")
                .params(release, trade)
                .query((rs, n) -> new SectorLine(rs.getString("code"), rs.getString("label"), rs.getString("parent_label"),
                        rs.getBoolean("principal")))
                .list());
        sectors.sort(Comparator.comparing((SectorLine s) -> !s.principal())
                .thenComparing(s -> s.parentLabel() == null ? s.label() : s.parentLabel(), FRENCH)
                .thenComparing(SectorLine::label, FRENCH));
        return sectors;
    }

    private List<String> nafSectors(UUID release, String trade) {
        return sortedFrench(jdbc.sql("""
                        select n.label from rome_trade_naf tn
                        join rome_naf_sector n on n.release_id = tn.release_id and n.code = tn.naf_code
                        where tn.release_id = ? and tn.trade_code = ?""")
                .params(release, trade).query(String.class).list());
    }

    private List<String> themes(UUID release, String trade) {
        return sortedFrench(jdbc.sql("""
                        select th.label from rome_trade_theme tt
                        join rome_theme th on th.release_id = tt.release_id and th.code = tt.theme_code
                        where tt.release_id = ? and tt.trade_code = ?""")
                .params(release, trade).query(String.class).list());
    }

    private List<String> interests(UUID release, String trade) {
        return jdbc.sql("""
                        select c.label from rome_trade_interest ti
                        join rome_interest c on c.release_id = ti.release_id and c.code = ti.interest_code
                        where ti.release_id = ? and ti.trade_code = ?
                        order by ti.principal desc, c.label""")
                .params(release, trade).query(String.class).list();
    }

    // Lookups by stable code, for the facade.

    List<TradeSummary> trades(Collection<String> codes) {
        String[] wanted = codes.stream().filter(TradeCodes::isTradeCode).map(TradeCodes::normalise).distinct()
                .limit(MAX_CODES).toArray(String[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.code, t.label, t.parent_code, t.domain_code from rome_trade t
                        join rome_release r on r.id = t.release_id and r.is_current
                        where t.code = any(?) order by t.code""")
                .param(wanted).query(TradeSheetQuery::summary).list();
    }

    /** The fiches of ROME 4.0 that come from these ROME v3 codes (their parent code), in code order. */
    List<TradeSummary> tradesFromV3(Collection<String> v3Codes) {
        String[] wanted = v3Codes.stream().filter(TradeCodes::isTradeCode).map(TradeCodes::normalise).distinct()
                .limit(MAX_CODES).toArray(String[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.code, t.label, t.parent_code, t.domain_code from rome_trade t
                        join rome_release r on r.id = t.release_id and r.is_current
                        where t.parent_code = any(?) order by t.code""")
                .param(wanted).query(TradeSheetQuery::summary).list();
    }

    List<TradeSummary> neighbours(String code) {
        if (!TradeCodes.isTradeCode(code)) {
            return List.of();
        }
        return current().map(r -> neighbours(r.id(), TradeCodes.normalise(code))).orElse(List.of());
    }

    List<JobTitleChoice> jobTitles(Collection<Integer> ogrs) {
        Integer[] wanted = ogrs.stream().filter(java.util.Objects::nonNull).distinct().limit(MAX_CODES).toArray(Integer[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return jdbc.sql(JOB_TITLES + " join rome_release r on r.id = j.release_id and r.is_current where j.ogr = any(?) order by j.label")
                .param(wanted).query(TradeSheetQuery::jobTitle).list();
    }

    List<SkillSummary> skills(Collection<Integer> ogrs) {
        Integer[] wanted = ogrs.stream().filter(java.util.Objects::nonNull).distinct().limit(MAX_CODES).toArray(Integer[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.ogr, s.label, s.macro, coalesce(s.macro_code, m.macro_code) as code, s.category
                        from rome_skill s
                        join rome_release r on r.id = s.release_id and r.is_current
                        left join rome_skill m on m.release_id = s.release_id and m.ogr = s.macro_ogr
                        where s.ogr = any(?) order by s.label""")
                .param(wanted)
                .query((rs, n) -> new SkillSummary(rs.getInt("ogr"), rs.getString("label"), rs.getBoolean("macro"),
                        rs.getString("code"), rs.getString("category")))
                .list();
    }

    /** Accented letters and their plain forms, to fold a label in SQL as {@link SearchWords#fold} folds what is typed. */
    private static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ";
    private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyyoa";

    List<SkillSummary> searchSkills(String text, int limit) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            where.append(" and ' ' || regexp_replace(translate(lower(s.label), '").append(ACCENTED).append("', '").append(PLAIN)
                    .append("'), '[^a-z0-9]+', ' ', 'g') like ?");
            params.add("% " + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        params.add(limit);
        return jdbc.sql("""
                        select s.ogr, s.label, s.macro, coalesce(s.macro_code, m.macro_code) as code, s.category
                        from rome_skill s
                        join rome_release r on r.id = s.release_id and r.is_current
                        left join rome_skill m on m.release_id = s.release_id and m.ogr = s.macro_ogr
                        where true""" + where + " order by s.category = 'Savoir-faire' desc, length(s.label), s.label limit ?")
                .params(params)
                .query((rs, n) -> new SkillSummary(rs.getInt("ogr"), rs.getString("label"), rs.getBoolean("macro"),
                        rs.getString("code"), rs.getString("category")))
                .list();
    }

    List<KnowledgeSummary> knowledge(Collection<Integer> ogrs) {
        Integer[] wanted = ogrs.stream().filter(java.util.Objects::nonNull).distinct().limit(MAX_CODES).toArray(Integer[]::new);
        if (wanted.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select k.ogr, k.label, k.category, k.subcategory from rome_knowledge k
                        join rome_release r on r.id = k.release_id and r.is_current
                        where k.ogr = any(?) order by k.label""")
                .param(wanted)
                .query((rs, n) -> new KnowledgeSummary(rs.getInt("ogr"), rs.getString("label"), rs.getString("category"),
                        rs.getString("subcategory")))
                .list();
    }

    // The labels the search facets show, by code.

    Map<String, String> grandDomainLabels() {
        return labels("select g.code, g.label from rome_grand_domain g join rome_release r on r.id = g.release_id and r.is_current");
    }

    Map<String, String> domainLabels() {
        return labels("select d.code, d.label from rome_professional_domain d join rome_release r on r.id = d.release_id and r.is_current");
    }

    Map<String, String> sectorLabels() {
        return labels("select s.code, s.label from rome_sector s join rome_release r on r.id = s.release_id and r.is_current");
    }

    private Map<String, String> labels(String sql) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> labels.put(rs.getString(1), rs.getString(2))).list();
        return labels;
    }

    private static final String JOB_TITLES = """
            select j.ogr, j.label, j.trade_code, t.label as trade_label, j.principal, j.rarely_used
            from rome_job_title j
            join rome_trade t on t.release_id = j.release_id and t.code = j.trade_code""";

    private static JobTitleChoice jobTitle(ResultSet rs, int n) throws SQLException {
        return new JobTitleChoice(rs.getInt("ogr"), rs.getString("label"), rs.getString("trade_code"),
                rs.getString("trade_label"), rs.getBoolean("principal"), rs.getBoolean("rarely_used"));
    }

    private static TradeSummary summary(ResultSet rs, int n) throws SQLException {
        return new TradeSummary(rs.getString("code"), rs.getString("label"), rs.getString("parent_code"),
                rs.getString("domain_code"));
    }

    private static boolean isTrue(ResultSet rs, String column) throws SQLException {
        return rs.getBoolean(column);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The sentences of a text block, one a line as the import stores them. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> sortedFrench(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(FRENCH);
        return sorted;
    }
}
