package fr.passerelle.labelling.deployment;

import fr.passerelle.platform.IcsWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The milestones of a deployment plan as an iCalendar (RFC 5545) document: one all-day event per milestone, on the day
 * it was done or, while it is to come, on its planned day; its UID is the milestone's, so that a calendar importing the
 * file again updates its events rather than doubling them.
 */
final class DeploymentCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private DeploymentCalendar() {
    }

    static String ics(String name, List<DeploymentQueries.PlanMilestone> milestones, Clock clock) {
        String stamp = IcsWriter.utc(Instant.now(clock));
        var ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR").line("PRODID:-//Passerelle//Campus des métiers et des qualifications//FR").line("VERSION:2.0")
                .line("CALSCALE:GREGORIAN").line("METHOD:PUBLISH").property("X-WR-CALNAME", name);
        for (DeploymentQueries.PlanMilestone m : milestones) {
            LocalDate day = m.doneOn() != null ? m.doneOn() : m.plannedOn();
            StringBuilder description = new StringBuilder(m.doneOn() != null ? "Fait le " + m.doneOn() + " (prévu le " + m.plannedOn() + ")."
                    : "Prévu le " + m.plannedOn() + ".");
            if (m.signatory() != null) {
                description.append(" Signataire : ").append(m.signatory()).append('.');
            }
            if (m.note() != null) {
                description.append('\n').append(m.note());
            }
            ics.line("BEGIN:VEVENT").line("UID:" + m.id() + "@passerelle").line("DTSTAMP:" + stamp)
                    .line("DTSTART;VALUE=DATE:" + DAY.format(day)).line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)))
                    .property("SUMMARY", m.kind().label() + " — " + m.projectName())
                    .property("DESCRIPTION", description.toString())
                    .line("TRANSP:TRANSPARENT").line("END:VEVENT");
        }
        return ics.line("END:VCALENDAR").toString();
    }
}
