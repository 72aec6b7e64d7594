package fr.passerelle.trades;

import fr.passerelle.trades.TradeQuery.Dimension;
import fr.passerelle.trades.TradeResults.Facet;
import fr.passerelle.trades.TradeResults.FacetValue;
import fr.passerelle.trades.TradeResults.TradeCard;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the fiches of the current release, with facets, and the job-title picker, both through the
 * search index (Hibernate Search). A fiche is found by the words of its label or of any of its job titles
 * ("soudeuse" finds H2913), accents and case ignored; every word must match, as a whole word or as the beginning of
 * one. Each facet counts the fiches that match every other filter.
 */
@Service
class TradeSearch {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);
    /** The professional domains are many (110): their facet is offered once a grand domain is chosen. */
    private static final int MAX_FACET_VALUES = 200;

    private final EntityManager entityManager;
    private final TradeSheetQuery sheets;
    private final JdbcClient jdbc;

    TradeSearch(EntityManager entityManager, TradeSheetQuery sheets, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.sheets = sheets;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    TradeResults search(TradeQuery query) {
        SearchSession session = Search.session(entityManager);
        List<String> words = SearchWords.of(query.text());
        var result = session.search(IndexedTrade.class)
                .select(f -> f.id(String.class))
                .where(f -> predicate(f, query, words, null))
                .sort(f -> words.isEmpty() ? f.field("label_sort") : f.score().then().field("label_sort"))
                .fetch(query.offset(), query.size());
        Map<String, String> domainLabels = sheets.domainLabels();
        List<TradeCard> items = cards(result.hits(), domainLabels);

        List<Facet> facets = new ArrayList<>();
        facets.add(facet(session, query, words, Dimension.GRAND_DOMAIN, "grandDomainCode", TradeQueryParameters.GRAND_DOMAIN,
                "Grand domaine", query.grandDomains(), labelled(sheets.grandDomainLabels()), true));
        if (!query.grandDomains().isEmpty() || !query.domains().isEmpty()) {
            facets.add(facet(session, query, words, Dimension.DOMAIN, "domainCode", TradeQueryParameters.DOMAIN,
                    "Domaine professionnel", query.domains(), labelled(domainLabels), true));
        }
        facets.add(facet(session, query, words, Dimension.SECTOR, "sector", TradeQueryParameters.SECTOR,
                "Secteur d'activité", query.sectors(), labelled(sheets.sectorLabels()), true));
        facets.add(enumFacet(session, query, words, Dimension.ECOLOGICAL, "ecological", TradeQueryParameters.ECOLOGICAL,
                "Transition écologique", query.ecological(), EcologicalTransition::parse, EcologicalTransition::label));
        facets.add(enumFacet(session, query, words, Dimension.TAG, "tag", TradeQueryParameters.TAG,
                "Caractéristiques", query.tags(), TradeTag::parse, TradeTag::label));
        return new TradeResults(items, result.total().hitCount(), query.page(), query.size(), facets);
    }

    /**
     * The job titles that match what is typed, best first (a whole word before the beginning of one, the principal
     * title of a fiche before its synonyms); none under two letters.
     */
    @Transactional(readOnly = true)
    List<JobTitleChoice> jobTitles(String text, int limit) {
        List<String> words = SearchWords.of(text);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        return Search.session(entityManager).search(IndexedJobTitle.class)
                .select(f -> f.composite()
                        .from(f.field("ogr", Integer.class), f.field("label", String.class),
                                f.field("tradeCode", String.class), f.field("tradeLabel", String.class),
                                f.field("principal", Boolean.class), f.field("rarelyUsed", Boolean.class))
                        .asList(v -> new JobTitleChoice((Integer) v.get(0), (String) v.get(1), (String) v.get(2),
                                (String) v.get(3), Boolean.TRUE.equals(v.get(4)), Boolean.TRUE.equals(v.get(5)))))
                .where(f -> {
                    var bool = f.bool();
                    for (String word : words) {
                        var one = f.bool()
                                .should(f.match().field("label").matching(word).boost(2f))
                                .should(f.match().field("labelPrefix").matching(word));
                        if (TradeCodes.isTradeCode(word)) {
                            one.should(f.match().field("tradeCode").matching(word).boost(4f));
                        }
                        bool.must(one);
                    }
                    bool.should(f.match().field("principal").matching(true).boost(0.5f));
                    bool.should(f.match().field("rarelyUsed").matching(false).boost(0.3f));
                    return bool;
                })
                .sort(f -> f.score().then().field("label_sort"))
                .fetchHits(Math.min(limit, 50));
    }

    private List<TradeCard> cards(List<String> codes, Map<String, String> domainLabels) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, TradeCard> byCode = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.code, t.label, t.domain_code, t.ecological_transition, t.digital_transition,
                               t.demographic_transition, t.regulated, t.executive
                        from rome_trade t join rome_release r on r.id = t.release_id and r.is_current
                        where t.code = any(?)""")
                .param(codes.toArray(String[]::new))
                .query((rs, n) -> byCode.put(rs.getString("code"), new TradeCard(rs.getString("code"), rs.getString("label"),
                        rs.getString("domain_code"), domainLabels.get(rs.getString("domain_code")),
                        new TradeSheet.Tags(EcologicalTransition.fromRome(rs.getString("ecological_transition")).orElse(null),
                                rs.getBoolean("digital_transition"), rs.getBoolean("demographic_transition"),
                                rs.getBoolean("regulated"), rs.getBoolean("executive")).labels())))
                .list();
        return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Function<String, String> labelled(Map<String, String> labels) {
        return code -> labels.getOrDefault(code, code);
    }

    private Facet facet(SearchSession session, TradeQuery query, List<String> words, Dimension dimension, String field,
                        String parameter, String title, Set<String> selected, Function<String, String> label, boolean withCode) {
        Map<String, Long> counts = counts(session, query, words, dimension, field);
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, label.apply(value), count, selected.contains(value))));
        selected.stream().filter(v -> !counts.containsKey(v))
                .forEach(v -> values.add(new FacetValue(v, label.apply(v), 0, true)));
        values.sort(Comparator.comparing(FacetValue::label, FRENCH));
        return new Facet(parameter, title, values);
    }

    private <E extends Enum<E>> Facet enumFacet(SearchSession session, TradeQuery query, List<String> words, Dimension dimension,
                                                String field, String parameter, String title, Set<E> selected,
                                                Function<String, java.util.Optional<E>> parse, Function<E, String> label) {
        Map<String, Long> counts = counts(session, query, words, dimension, field);
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> parse.apply(value).ifPresent(e ->
                values.add(new FacetValue(e.name(), label.apply(e), count, selected.contains(e)))));
        selected.stream().filter(e -> !counts.containsKey(e.name()))
                .forEach(e -> values.add(new FacetValue(e.name(), label.apply(e), 0, true)));
        values.sort(Comparator.comparing(v -> parse.apply(v.value()).map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
        return new Facet(parameter, title, values);
    }

    private Map<String, Long> counts(SearchSession session, TradeQuery query, List<String> words, Dimension dimension, String field) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
        return session.search(IndexedTrade.class)
                .where(f -> predicate(f, query, words, dimension))
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, TradeQuery query, List<String> words, Dimension without) {
        var bool = f.bool().must(f.matchAll());
        for (String word : words) {
            var one = f.bool()
                    .should(f.match().field("label").boost(3f).field("jobTitles.labelStem").matching(word))
                    .should(f.match().field("labelPrefix").boost(1.5f).field("jobTitles.labelPrefix").boost(0.5f).matching(word));
            if (TradeCodes.isTradeCode(word)) {
                one.should(f.match().field("code").matching(word).boost(10f));
            }
            bool.must(one);
        }
        filter(f, bool, "grandDomainCode", query.grandDomains(), without != Dimension.GRAND_DOMAIN);
        filter(f, bool, "domainCode", query.domains(), without != Dimension.DOMAIN);
        filter(f, bool, "sector", query.sectors(), without != Dimension.SECTOR);
        filter(f, bool, "ecological", query.ecological().stream().map(Enum::name).toList(), without != Dimension.ECOLOGICAL);
        filter(f, bool, "tag", query.tags().stream().map(Enum::name).toList(), without != Dimension.TAG);
        return bool;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
                               Collection<?> values, boolean apply) {
        if (apply && !values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }
}
