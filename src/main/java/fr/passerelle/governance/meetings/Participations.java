package fr.passerelle.governance.meetings;

import fr.passerelle.governance.MeetingParticipations;
import fr.passerelle.governance.Participation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participation in a campus's meetings, each computed by the meeting itself, as its page and PDF show it. */
@Service
class Participations implements MeetingParticipations {

    private final MeetingRepository meetings;

    Participations(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participation> between(UUID campusId, LocalDate from, LocalDate to) {
        return meetings.findHeld(campusId, from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream().map(Meeting::participation).toList();
    }
}
