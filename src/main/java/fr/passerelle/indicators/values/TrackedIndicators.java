package fr.passerelle.indicators.values;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which indicators a campus tracks: every non-retired, non-optional indicator of the catalogue, and the optional ones
 * chosen for its main académie, in the catalogue's order (theme, then position).
 */
@Component
class TrackedIndicators {

    private static final String COLUMNS = "code, name, theme, definition, formula, unit, source, period, mask_below, breakdown";
    private static final RowMapper<Indicator> INDICATOR = (rs, i) -> new Indicator(rs.getString("code"), rs.getString("name"),
            Theme.valueOf(rs.getString("theme")), rs.getString("definition"), rs.getString("formula"), Unit.valueOf(rs.getString("unit")),
            IndicatorSource.valueOf(rs.getString("source")), Period.valueOf(rs.getString("period")), rs.getInt("mask_below"),
            rs.getString("breakdown") == null ? null : Breakdown.valueOf(rs.getString("breakdown")));

    private final JdbcClient jdbc;

    TrackedIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> forAcademy(String academyCode) {
        return jdbc.sql("select " + COLUMNS + """
                         from indicator i
                        where i.retired_at is null
                          and (not i.optional
                               or exists (select 1 from indicator_academy_choice c where c.indicator_code = i.code and c.academy_code = :academy))
                        order by case i.theme when 'GOVERNANCE' then 1 when 'INNOVATION' then 2 when 'SCHOOL_BUSINESS' then 3
                                              when 'PATHWAYS' then 4 else 5 end, i.position""")
                .param("academy", academyCode).query(INDICATOR).list();
    }

    /**
     * An indicator of the catalogue with who tracks it.
     *
     * @param academies the académies whose campuses track it when it is optional (those which chose it), null when every
     *                  campus tracks it
     */
    record Tracking(Indicator indicator, Set<String> academies) {

        boolean trackedBy(String academyCode) {
            return academies == null || academyCode != null && academies.contains(academyCode);
        }
    }

    /** Every non-retired indicator, in the catalogue's order, with the académies which chose the optional ones. */
    List<Tracking> tracking() {
        return jdbc.sql("select " + COLUMNS + """
                        , case when i.optional then array(select c.academy_code from indicator_academy_choice c where c.indicator_code = i.code)
                          end as academies
                         from indicator i
                        where i.retired_at is null
                        order by case i.theme when 'GOVERNANCE' then 1 when 'INNOVATION' then 2 when 'SCHOOL_BUSINESS' then 3
                                              when 'PATHWAYS' then 4 else 5 end, i.position""")
                .query((rs, i) -> {
                    java.sql.Array academies = rs.getArray("academies");
                    return new Tracking(INDICATOR.mapRow(rs, i),
                            academies == null ? null : Set.of((String[]) academies.getArray()));
                }).list();
    }

    /** Every indicator of the catalogue, retired ones included. */
    List<Indicator> all() {
        return jdbc.sql("select " + COLUMNS + " from indicator order by code").query(INDICATOR).list();
    }

    Optional<Indicator> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from indicator where code = :code").param("code", code).query(INDICATOR).optional();
    }
}
