package fr.passerelle.trades.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What curated sheets read of ROME, always in the current release: whether a trade is in it, its label, its
 * essentials (definition, main job titles, key skills) and the skills a sheet may highlight. A read model in SQL over
 * the {@code rome_*} tables of the module.
 */
@Component
public class CurrentRome {

    /** Lower case without the accents of French, the same on both sides of a search. */
    private static final String PLAIN = "translate(lower(%s), 'àâäéèêëîïôöùûüçœ’', 'aaaeeeeiioouuuco''')";
    private static final String CURRENT = "(select id from rome_release where is_current)";

    private final JdbcClient jdbc;

    CurrentRome(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fiche as a picker offers it. */
    public record TradeChoice(String code, String label) {

        public String displayName() {
            return label + " (" + code + ")";
        }
    }

    /** A skill of a fiche (savoir-faire or savoir-être professionnel), with its OGR code. */
    public record Skill(int ogr, String label, String category, boolean core) {

        public boolean softSkill() {
            return category != null && category.toLowerCase(Locale.ROOT).contains("être");
        }
    }

    /** What a sheet and a booklet print of ROME: the definition and access sentences, the main job titles, key skills. */
    public record Essentials(String code, String label, List<String> definition, List<String> access, List<String> jobTitles,
                      List<Skill> keySkills) {
    }

    Optional<String> label(String code) {
        return jdbc.sql("select label from rome_current_trade where code = ?").param(code).query(String.class).optional();
    }

    /** The labels of those codes that are in the current release (the others are absent from the map). */
    Map<String, String> labels(Collection<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return labels;
        }
        jdbc.sql("select code, label from rome_current_trade where code in (:codes)").param("codes", codes)
                .query((rs, n) -> labels.put(rs.getString("code"), rs.getString("label"))).list();
        return labels;
    }

    /** Fiches whose code starts with the text, or whose label or one job title holds every word of it (case and accents ignored). */
    List<TradeChoice> search(String text, int limit) {
        String plain = plain(text);
        if (plain.length() < 2) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(plain.toUpperCase(Locale.ROOT) + "%");
        StringBuilder labelWords = new StringBuilder("true");
        StringBuilder titleWords = new StringBuilder("true");
        List<Object> titleParams = new ArrayList<>();
        for (String word : plain.split("\\s+")) {
            String like = "%" + word.replace("%", "").replace("_", "") + "%";
            labelWords.append(" and ").append(PLAIN.formatted("t.label")).append(" like ?");
            params.add(like);
            titleWords.append(" and ").append(PLAIN.formatted("j.label")).append(" like ?");
            titleParams.add(like);
        }
        params.addAll(titleParams);
        return jdbc.sql("select t.code, t.label from rome_current_trade t where t.code like ? or (" + labelWords + ")"
                        + " or exists (select 1 from rome_job_title j where j.release_id = " + CURRENT + " and j.trade_code = t.code and "
                        + titleWords + ") order by t.code limit " + limit)
                .params(params)
                .query((rs, n) -> new TradeChoice(rs.getString("code"), rs.getString("label"))).list();
    }

    Optional<Essentials> essentials(String code) {
        record Trade(String label, String definition, String access) {
        }
        Optional<Trade> trade = jdbc.sql("select label, definition, access from rome_trade where release_id = " + CURRENT + " and code = ?")
                .param(code).query((rs, n) -> new Trade(rs.getString("label"), rs.getString("definition"), rs.getString("access"))).optional();
        return trade.map(t -> new Essentials(code, t.label(), lines(t.definition()), lines(t.access()), jobTitles(code, 8),
                skills(code).stream().filter(Skill::core).limit(12).toList()));
    }

    /** The job titles of a fiche: the principal one first, then the usual ones, alphabetically. */
    List<String> jobTitles(String code, int limit) {
        return jdbc.sql("select label from rome_job_title where release_id = " + CURRENT + " and trade_code = ? and not rarely_used"
                        + " order by principal desc, label limit " + limit)
                .param(code).query(String.class).list();
    }

    /**
     * The skills of a fiche (savoir-faire and savoir-être professionnels, not the macro-skills), core ones first,
     * as a sheet may highlight them.
     */
    List<Skill> skills(String code) {
        return jdbc.sql("""
                        select s.ogr, s.label, s.category, bool_or(i.core = 'CORE') as core
                        from rome_trade_item i join rome_skill s on s.release_id = i.release_id and s.ogr = i.ogr and not s.macro
                        where i.release_id = %s and i.trade_code = ?
                        group by s.ogr, s.label, s.category
                        order by bool_or(i.core = 'CORE') desc, s.category nulls last, s.label""".formatted(CURRENT))
                .param(code)
                .query((rs, n) -> new Skill(rs.getInt("ogr"), rs.getString("label"), rs.getString("category"), rs.getBoolean("core")))
                .list();
    }

    /** The labels of skills by OGR code in the current release; a code it no longer holds is absent. */
    Map<Integer, String> skillLabels(Collection<Integer> ogrs) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        if (ogrs.isEmpty()) {
            return labels;
        }
        jdbc.sql("select ogr, label from rome_skill where release_id = " + CURRENT + " and ogr in (:ogrs)").param("ogrs", ogrs)
                .query((rs, n) -> labels.put(rs.getInt("ogr"), rs.getString("label"))).list();
        return labels;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.FRENCH).replace('’', '\'').replace("œ", "o");
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
