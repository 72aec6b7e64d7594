package fr.passerelle.governance;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import java.time.LocalDateTime;

/** When and where a meeting takes place, its agenda, and who may see it besides the campus team. */
public record MeetingDetails(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink, String agenda, Visibility visibility) {

    public MeetingDetails {
        visibility = visibility == null ? Visibility.BODY : visibility;
    }

    /** Refuses details that break a rule, on the field at fault. */
    public void check() {
        if (startsAt == null) {
            throw new BusinessRuleException("startsAt", "Indiquez la date et l'heure de début.");
        }
        if (endsAt == null) {
            throw new BusinessRuleException("endsAt", "Indiquez la date et l'heure de fin.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new BusinessRuleException("endsAt", "La fin de la réunion doit suivre son début.");
        }
        if ((place == null || place.isBlank()) && (videoLink == null || videoLink.isBlank())) {
            throw new BusinessRuleException("place", "Indiquez le lieu ou le lien de visioconférence.");
        }
        if (Text.longerThan(place, 255)) {
            throw new BusinessRuleException("place", Text.tooLong("Le lieu", place, 255));
        }
        if (Text.longerThan(videoLink, 500)) {
            throw new BusinessRuleException("videoLink", Text.tooLong("Le lien de visioconférence", videoLink, 500));
        }
        if (videoLink != null && !videoLink.isBlank() && !videoLink.strip().matches("https://\\S+")) {
            throw new BusinessRuleException("videoLink", "Le lien de visioconférence commence par https://.");
        }
    }
}
