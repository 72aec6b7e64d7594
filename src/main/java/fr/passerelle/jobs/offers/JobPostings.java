package fr.passerelle.jobs.offers;

import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What search engines and job aggregators read of an offer: schema.org's {@code JobPosting}, and the offers of a
 * search as an Atom feed. Both state the same facts as the page.
 */
@Component
class JobPostings {

    private final Territories territories;

    JobPostings(Territories territories) {
        this.territories = territories;
    }

    /** The offer as a schema.org {@code JobPosting}, ready to be written as JSON-LD. */
    Map<String, Object> jobPosting(OfferView o, String baseUrl) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org");
        posting.put("@type", "JobPosting");
        posting.put("title", o.title());
        posting.put("description", o.description() == null ? o.title() + " — " + o.jobTitleLabel() : o.description());
        posting.put("identifier", Map.of("@type", "PropertyValue", "name", o.companyName(), "value", o.id().toString()));
        posting.put("url", baseUrl + o.publicPath());
        posting.put("datePosted", o.publishedOn().toString());
        posting.put("validThrough", o.expiresOn().toString() + "T23:59:59+01:00");
        List<String> employment = new ArrayList<>();
        employment.add("FULL_TIME".equals(o.workingTime()) ? "FULL_TIME" : "PART_TIME");
        if (!"FULL_TIME".equals(o.contract().employmentType())) {
            employment.add(o.contract().employmentType());
        }
        posting.put("employmentType", employment);
        posting.put("hiringOrganization", Map.of("@type", "Organization", "name", o.companyName()));
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", o.municipalityName());
        territories.municipality(o.municipalityCode()).map(m -> m.mainPostalCode()).filter(Objects::nonNull)
                .ifPresent(code -> address.put("postalCode", code));
        if (o.regionCode() != null) {
            address.put("addressRegion", territories.regionName(o.regionCode()));
        }
        address.put("addressCountry", "FR");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", address);
        if (o.latitude() != null && o.longitude() != null) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", o.latitude(), "longitude", o.longitude()));
        }
        posting.put("jobLocation", place);
        if (o.salaryMin() != null || o.salaryMax() != null) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("@type", "QuantitativeValue");
            if (o.salaryMin() != null) {
                value.put("minValue", o.salaryMin());
            }
            if (o.salaryMax() != null) {
                value.put("maxValue", o.salaryMax());
            }
            value.put("unitText", "YEAR");
            posting.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "EUR", "value", value));
        }
        posting.put("occupationalCategory", o.tradeCode() + " " + o.jobTitleLabel());
        posting.put("totalJobOpenings", o.positions());
        if (o.startsOn() != null) {
            posting.put("jobStartDate", o.startsOn().toString());
        }
        posting.put("educationRequirements", o.levelLabel());
        List<String> skills = o.skillsOnly().stream().map(OfferView.SkillView::label).toList();
        if (!skills.isEmpty()) {
            posting.put("skills", String.join(", ", skills));
        }
        List<String> required = o.knowledgeOnly().stream().filter(OfferView.SkillView::required).map(OfferView.SkillView::label).toList();
        if (!required.isEmpty()) {
            posting.put("qualifications", "Exigé : " + String.join(", ", required));
        }
        posting.put("directApply", false);
        return posting;
    }

    /** The offers of a search as an Atom feed (RFC 4287), newest first. */
    String atom(List<OfferView> offers, String title, String selfUrl, String pageUrl, String baseUrl, LocalDate updated) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>").append(escape(title)).append("</title>\n");
        xml.append("  <id>").append(escape(selfUrl)).append("</id>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(selfUrl)).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(pageUrl)).append("\"/>\n");
        LocalDate newest = offers.stream().map(OfferView::publishedOn).max(LocalDate::compareTo).orElse(updated);
        xml.append("  <updated>").append(stamp(newest)).append("</updated>\n");
        xml.append("  <author><name>Passerelle</name></author>\n");
        for (OfferView o : offers) {
            String url = baseUrl + o.publicPath();
            xml.append("  <entry>\n");
            xml.append("    <title>").append(escape(o.title() + " — " + o.companyName() + ", " + o.municipalityName())).append("</title>\n");
            xml.append("    <id>urn:uuid:").append(o.id()).append("</id>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n");
            xml.append("    <published>").append(stamp(o.publishedOn())).append("</published>\n");
            xml.append("    <updated>").append(stamp(o.publishedOn())).append("</updated>\n");
            xml.append("    <category term=\"").append(escape(o.tradeCode())).append("\" label=\"").append(escape(o.jobTitleLabel())).append("\"/>\n");
            xml.append("    <summary>").append(escape(o.contractText() + " — " + o.municipalityName() + " — jusqu’au "
                    + o.expiresOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))).append("</summary>\n");
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String stamp(LocalDate day) {
        return day + "T00:00:00Z";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
