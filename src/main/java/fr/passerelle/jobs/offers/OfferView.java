package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.platform.Times;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An offer as its pages show it (back office and public board). */
record OfferView(UUID id, String title, String description, UUID companyId, String companyName, UUID clusterId, String clusterName,
                 int jobTitleOgr, String jobTitleLabel, String tradeCode, JobOfferContract contract, Integer durationMonths,
                 String workingTimeLabel, String workingTime, Integer hoursPerWeek, String municipalityCode, String municipalityName,
                 String regionCode, Double latitude, Double longitude, String levelLabel, Integer salaryMin, Integer salaryMax,
                 LocalDate startsOn, int positions, String applyEmail, String applyUrl, String applyInstructions, OfferStatus status,
                 LocalDate publishedOn, LocalDate expiresOn, LocalDate closedOn, String filledLabel, String postedByName, List<SkillView> skills,
                 long version) {

    record SkillView(String kind, int ogr, String label, boolean required) {
        public boolean knowledge() {
            return "KNOWLEDGE".equals(kind);
        }
    }

    static OfferView of(JobOffer o) {
        return new OfferView(o.id(), o.title(), o.description(), o.companyId(), o.companyName(), o.clusterId(), o.clusterName(), o.jobTitleOgr(),
                o.jobTitleLabel(), o.tradeCode(), o.contract(), o.durationMonths(), o.workingTime().label(), o.workingTime().name(), o.hoursPerWeek(),
                o.municipalityCode(), o.municipalityName(), o.regionCode(), o.latitude(), o.longitude(), o.level().label(), o.salaryMin(),
                o.salaryMax(), o.startsOn(), o.positions(), o.applyEmail(), o.applyUrl(), o.applyInstructions(), o.status(), o.publishedOn(),
                o.expiresOn(), o.closedOn(), o.filled() == null ? null : o.filled().label(), o.postedByName(),
                o.skills().stream().map(s -> new SkillView(s.kind().name(), s.ogr(), s.label(), s.required())).toList(), o.version());
    }

    public String statusLabel() {
        return status.label();
    }

    public boolean draft() {
        return status == OfferStatus.DRAFT;
    }

    public boolean closed() {
        return status == OfferStatus.CLOSED;
    }

    public boolean extendable() {
        return status == OfferStatus.PUBLISHED || status == OfferStatus.EXPIRED;
    }

    /** « CDD de 6 mois, temps plein (35 h par semaine) ». */
    public String contractText() {
        StringBuilder text = new StringBuilder(contract.label());
        if (durationMonths != null) {
            text.append(" de ").append(durationMonths).append(" mois");
        }
        text.append(", ").append(workingTimeLabel.toLowerCase(Locale.FRENCH));
        if (hoursPerWeek != null) {
            text.append(" (").append(hoursPerWeek).append(" h par semaine)");
        }
        return text.toString();
    }

    /** « 28 000 € à 34 000 € bruts par an », or null when no salary is said. */
    public String salaryText() {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.FRENCH);
        if (salaryMin == null && salaryMax == null) {
            return null;
        }
        if (salaryMin != null && salaryMax != null && !salaryMin.equals(salaryMax)) {
            return format.format(salaryMin) + " € à " + format.format(salaryMax) + " € bruts par an";
        }
        if (salaryMin != null && salaryMax == null) {
            return "à partir de " + format.format(salaryMin) + " € bruts par an";
        }
        if (salaryMin == null) {
            return "jusqu’à " + format.format(salaryMax) + " € bruts par an";
        }
        return format.format(salaryMin) + " € bruts par an";
    }

    public String startsText() {
        return startsOn == null ? "dès que possible" : Times.current().date(startsOn);
    }

    public String publicPath() {
        return "/offres/" + id;
    }

    public List<SkillView> skillsOnly() {
        return skills.stream().filter(s -> !s.knowledge()).toList();
    }

    public List<SkillView> knowledgeOnly() {
        return skills.stream().filter(SkillView::knowledge).toList();
    }
}
