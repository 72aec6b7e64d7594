package fr.passerelle.territory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reference geography. Régions and académies are few and never change while the platform runs, so they are
 * read once; communes are looked up on demand.
 */
@Service
public class Territories {

    private static final Comparator<String> FRENCH = java.text.Collator.getInstance(java.util.Locale.FRENCH)::compare;

    private final JdbcClient jdbc;
    private volatile Map<String, Region> regions;
    private volatile Map<String, Academy> academies;

    Territories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> regions() {
        return List.copyOf(regionsByCode().values());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(regionsByCode()::get);
    }

    public List<Academy> academies() {
        return List.copyOf(academiesByCode().values());
    }

    public List<Academy> academiesOf(String regionCode) {
        return academiesByCode().values().stream().filter(a -> a.regionCode().equals(regionCode)).toList();
    }

    public Optional<Academy> academy(String code) {
        return Optional.ofNullable(code).map(academiesByCode()::get);
    }

    public String regionName(String code) {
        return region(code).map(Region::name).orElse(code);
    }

    public String academyName(String code) {
        return academy(code).map(Academy::name).orElse(code);
    }

    public Optional<Municipality> municipality(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select code, name, department_code, postal_codes, latitude, longitude from municipality where code = ?")
                .param(code.strip())
                .query(Territories::municipality)
                .optional();
    }

    /** The communes of the codes given, by code, in one query (a page listing many places); unknown codes are left out. */
    public Map<String, Municipality> municipalities(java.util.Collection<String> codes) {
        List<String> wanted = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (wanted.isEmpty()) {
            return java.util.Collections.emptyMap();
        }
        return jdbc.sql("select code, name, department_code, postal_codes, latitude, longitude from municipality where code in (:codes)")
                .param("codes", wanted)
                .query(Territories::municipality)
                .list().stream().collect(Collectors.toMap(Municipality::code, Function.identity()));
    }

    /** The académie a commune belongs to, through its département. */
    public Optional<Academy> academyOfMunicipality(String municipalityCode) {
        return jdbc.sql("select d.academy_code from municipality m join department d on d.code = m.department_code where m.code = ?")
                .param(municipalityCode)
                .query(String.class)
                .optional()
                .flatMap(this::academy);
    }

    /** Communes whose name starts like the given text (accents and case ignored), for pickers. */
    public List<Municipality> searchMunicipalities(String text, int limit) {
        String pattern = text == null ? "" : text.strip();
        if (pattern.length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                        select code, name, department_code, postal_codes, latitude, longitude from municipality
                        where code = :text or postal_codes like :prefix
                           or translate(lower(name), 'àâäéèêëîïôöùûüç''-', 'aaaeeeeiioouuuc  ') like translate(lower(:prefix), 'àâäéèêëîïôöùûüç''-', 'aaaeeeeiioouuuc  ')
                        order by length(name), name limit :limit""")
                .param("text", pattern)
                .param("prefix", pattern + "%")
                .param("limit", limit)
                .query(Territories::municipality)
                .list();
    }

    /**
     * The communes with a known centre that a place typed by a reader names: a postcode ({@code 59000}), an INSEE code
     * ({@code 59350}), or a name, case, accents and hyphens ignored ({@code lille}, {@code Villeneuve d'Ascq}),
     * optionally followed by its département ({@code Saint-Denis (93)}). A postcode gives its communes; a name gives one
     * commune, or several when several communes bear it (the caller asks which one). At most {@code limit}.
     */
    public List<Municipality> locate(String place, int limit) {
        String text = place == null ? "" : place.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.matches("[0-9][0-9AB][0-9]{3}")) {
            return jdbc.sql("""
                            select code, name, department_code, postal_codes, latitude, longitude from municipality
                            where latitude is not null and (code = :text or (',' || replace(postal_codes, ' ', '') || ',') like :postal)
                            order by code = :text desc, position(:text in postal_codes), code limit :limit""")
                    .param("text", text.toUpperCase(java.util.Locale.ROOT))
                    .param("postal", "%," + text + ",%")
                    .param("limit", limit)
                    .query(Territories::municipality)
                    .list();
        }
        var withDepartment = java.util.regex.Pattern.compile("(.+?)\\s*\\(\\s*([0-9][0-9AB]?[0-9]?)\\s*\\)").matcher(text);
        String name = text;
        String department = null;
        if (withDepartment.matches()) {
            name = withDepartment.group(1);
            department = withDepartment.group(2);
        }
        return jdbc.sql("""
                        select code, name, department_code, postal_codes, latitude, longitude from municipality
                        where latitude is not null
                          and translate(lower(name), 'àâäéèêëîïôöùûüÿç''’-', 'aaaeeeeiioouuuyc   ') = translate(lower(:name), 'àâäéèêëîïôöùûüÿç''’-', 'aaaeeeeiioouuuyc   ')
                          and (cast(:department as varchar) is null or department_code = :department)
                        order by department_code, code limit :limit""")
                .param("name", name.strip().replaceAll("\\s+", " "))
                .param("department", department)
                .param("limit", limit)
                .query(Territories::municipality)
                .list();
    }

    private Map<String, Region> regionsByCode() {
        if (regions == null) {
            regions = sorted(jdbc.sql("select code, name, overseas from region")
                    .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list(), Region::code, Region::name);
        }
        return regions;
    }

    private Map<String, Academy> academiesByCode() {
        if (academies == null) {
            academies = sorted(jdbc.sql("select code, name, region_code, website from academy")
                    .query((rs, n) -> new Academy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list(), Academy::code, Academy::name);
        }
        return academies;
    }

    private static <T> Map<String, T> sorted(List<T> items, Function<T, String> code, Function<T, String> name) {
        return items.stream()
                .sorted(Comparator.comparing(name, FRENCH))
                .collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Municipality municipality(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Municipality(rs.getString("code"), rs.getString("name"), rs.getString("department_code"),
                rs.getString("postal_codes"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
    }
}
