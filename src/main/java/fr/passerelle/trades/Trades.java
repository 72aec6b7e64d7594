package fr.passerelle.trades;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The trades module's API for the others: ROME 4.0 in its current release, looked up by its stable codes (trade code
 * A1101, OGR codes of job titles, skills and savoirs), which is all other modules store. Unknown codes are left out of
 * the answers, never invented; lists come in code or label order.
 */
@Service
public class Trades {

    /** The most job titles one search of the picker returns. */
    public static final int MAX_JOB_TITLES = 50;

    private final TradeSheetQuery query;
    private final TradeSearch search;

    Trades(TradeSheetQuery query, TradeSearch search) {
        this.query = query;
        this.search = search;
    }

    /** The number of the current release ("Numéro de version" of ROME); empty before the first import. */
    public Optional<Integer> currentReleaseVersion() {
        return query.current().map(TradeSheetQuery.Release::version);
    }

    /** A fiche in a line, by its code (case ignored). */
    public Optional<TradeSummary> trade(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return query.trades(List.of(code)).stream().findFirst();
    }

    /** Fiches by their codes, in code order; unknown codes are left out. */
    public List<TradeSummary> trades(Collection<String> codes) {
        return query.trades(codes);
    }

    /** Everything ROME says of a fiche, as its public sheet shows it. */
    public Optional<TradeSheet> sheet(String code) {
        return query.sheet(code);
    }

    /** A job title by its OGR code. */
    public Optional<JobTitleChoice> jobTitle(int ogr) {
        return query.jobTitles(List.of(ogr)).stream().findFirst();
    }

    /** Job titles by their OGR codes, in label order; unknown codes are left out. */
    public List<JobTitleChoice> jobTitles(Collection<Integer> ogrs) {
        return query.jobTitles(ogrs);
    }

    /**
     * The job titles matching what is typed (accents and case ignored, the beginning of a word is enough), best first,
     * at most {@code limit} (and {@link #MAX_JOB_TITLES}); none under two letters.
     */
    public List<JobTitleChoice> searchJobTitles(String text, int limit) {
        return search.jobTitles(text, Math.min(limit, MAX_JOB_TITLES));
    }

    public Optional<SkillSummary> skill(int ogr) {
        return query.skills(List.of(ogr)).stream().findFirst();
    }

    /** Skills and macro-skills by their OGR codes, in label order; unknown codes are left out. */
    public List<SkillSummary> skills(Collection<Integer> ogrs) {
        return query.skills(ogrs);
    }

    /** The most skills one search of a skill picker returns. */
    public static final int MAX_SKILLS = 50;

    /**
     * The skills and macro-skills of the current release whose label matches what is typed (accents and case ignored,
     * the beginning of each word is enough), savoir-faire first, shortest first, at most {@code limit} (and
     * {@link #MAX_SKILLS}); none under two letters. For the pickers of other modules (a cluster's key skills).
     */
    public List<SkillSummary> searchSkills(String text, int limit) {
        return query.searchSkills(text, Math.min(limit, MAX_SKILLS));
    }

    public Optional<KnowledgeSummary> knowledge(int ogr) {
        return query.knowledge(List.of(ogr)).stream().findFirst();
    }

    /** Savoirs by their OGR codes, in label order; unknown codes are left out. */
    public List<KnowledgeSummary> knowledge(Collection<Integer> ogrs) {
        return query.knowledge(ogrs);
    }

    /**
     * The fiches of ROME 4.0 that come from these ROME v3 codes (RNCP certifications still name v3 codes): those whose
     * parent code is one of them, in code order.
     */
    public List<TradeSummary> tradesFromV3(Collection<String> v3Codes) {
        return query.tradesFromV3(v3Codes);
    }

    /** The fiches a mobility link leads to from this one, in ROME's order; empty for an unknown code. */
    public List<TradeSummary> neighbours(String code) {
        return query.neighbours(code);
    }
}
