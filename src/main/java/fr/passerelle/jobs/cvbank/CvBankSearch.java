package fr.passerelle.jobs.cvbank;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a recruiter searches the CV bank by, as the URL carries it: a ROME job title (OGR code) or a whole ROME fiche,
 * a ROME skill, a place (a commune typed, and optionally a distance in km: without it, the candidates whose mobility
 * area covers the commune), the lowest diploma level (national framework, 1 to 8), and the page.
 */
record CvBankSearch(Integer jobTitle, String trade, Integer skill, String place, Integer km, Integer level, int page) {

    CvBankSearch {
        trade = trade == null || trade.isBlank() ? null : trade.strip().toUpperCase(java.util.Locale.ROOT);
        place = place == null || place.isBlank() ? null : place.strip();
        km = km == null || km <= 0 ? null : Math.min(km, 500);
        level = level == null || level < 1 || level > 8 ? null : level;
        page = Math.max(page, 1);
    }

    boolean isEmpty() {
        return jobTitle == null && trade == null && skill == null && place == null && level == null;
    }

    /** The criteria as query parameters (for shareable links, pagination, the export), page left out. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (jobTitle != null) {
            p.put("jobTitle", jobTitle);
        }
        if (trade != null) {
            p.put("trade", trade);
        }
        if (skill != null) {
            p.put("skill", skill);
        }
        if (place != null) {
            p.put("place", place);
        }
        if (km != null) {
            p.put("km", km);
        }
        if (level != null) {
            p.put("level", level);
        }
        return p;
    }

    /** The criteria in words, for the audit trail. */
    String describe() {
        return isEmpty() ? "aucun critère" : parameters().toString();
    }
}
