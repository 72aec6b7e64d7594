package fr.passerelle.indicators.regional;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A région's review of a year as one reader sees it: only the campuses they may see, values masked as the campus
 * dashboard masks them, and what they may do.
 *
 * @param review        null while the review is not prepared
 * @param hiddenCampuses how many campuses of the région the reader does not see (a director sees their own only)
 */
record ReviewView(Region region, int year, Review review, List<CampusLine> campuses, int hiddenCampuses, List<MeetingOption> meetings,
                  List<ValidationLine> validations, May may) {

    /** What the reader may do. */
    record May(boolean record, boolean validate, boolean reopen) {
    }

    record Review(UUID id, RegionalReview.Status status, UUID meetingId, String meetingText, String conclusion, long version,
                  Instant closedAt, String closedBy) {

        public String closedText() {
            return closedAt == null ? null : Times.current().dateTime(closedAt);
        }

        public boolean closed() {
            return status == RegionalReview.Status.CLOSED;
        }
    }

    /** A meeting of the région's strategic committee in the year, to choose where the review is held. */
    record MeetingOption(UUID id, String text, boolean cancelled, boolean held) {
    }

    /** One indicator of a campus: the year's value (validated when the review is closed) and the previous year's. */
    record Figure(String code, String name, Theme theme, String current, String previous, String trend) {
    }

    /** The campus's self-evaluation of the year, if it has one. */
    record SelfEvaluationLine(String status, boolean validated, Map<Theme, Integer> ratings) {

        public String ratingsText() {
            StringBuilder text = new StringBuilder();
            for (Theme theme : Theme.values()) {
                Integer r = ratings.get(theme);
                if (!text.isEmpty()) {
                    text.append(" ; ");
                }
                text.append(theme.label()).append(" : ").append(r == null ? "non notée" : r + "/4");
            }
            return text.toString();
        }
    }

    record AppreciationLine(fr.passerelle.indicators.CommitteeAppreciation appreciation, String comment, String recommendations, long version, String recordedBy,
                            Instant recordedAt) {

        public String recordedText() {
            return recordedAt == null ? null : Times.current().dateTime(recordedAt);
        }
    }

    /**
     * One campus of the région in the review.
     *
     * @param appreciation null while the committee has not appreciated it
     */
    record CampusLine(CampusCard campus, LocalDate labelEnd, SelfEvaluationLine selfEvaluation, List<Figure> figures,
                      AppreciationLine appreciation) {

        public String labelEndText() {
            return labelEnd == null ? "non renseignée" : Times.current().longDate(labelEnd);
        }

        public String anchor() {
            return "campus-" + campus.id();
        }
    }

    /** A validation of the indicators, newest first. */
    record ValidationLine(UUID id, Instant validatedAt, String validatedBy, String meetingText, long values, Instant reopenedAt,
                          String reopenedBy, String reopenReason) {

        public String validatedText() {
            return Times.current().dateTime(validatedAt);
        }

        public String reopenedText() {
            return reopenedAt == null ? null : Times.current().dateTime(reopenedAt);
        }
    }

    /** How many of the campuses shown the committee has appreciated. */
    public long appreciated() {
        return campuses.stream().filter(c -> c.appreciation() != null).count();
    }
}
