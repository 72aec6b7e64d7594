package fr.passerelle.governance.actions;

import fr.passerelle.governance.calendar.CalendarItem;
import fr.passerelle.governance.calendar.CalendarSource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Puts the dated actions of the action plan on the campus calendar (abandoned ones are left out), as whole days. */
@Component
class ActionCalendar implements CalendarSource {

    private final CampusActions actions;

    ActionCalendar(CampusActions actions) {
        this.actions = actions;
    }

    @Override
    public List<CalendarItem> items(UUID campusId, LocalDate from, LocalDate to) {
        return actions.dated(campusId, from, to).stream().map(a -> {
            var d = a.details();
            LocalDate end = d.endsOn() == null ? d.startsOn() : d.endsOn();
            return new CalendarItem("action-" + a.id() + "@passerelle", "Action", d.title(), d.startsOn().atStartOfDay(), end.atStartOfDay(),
                    true, d.place(), d.type().label() + " — " + d.status().label().toLowerCase(java.util.Locale.FRENCH)
                    + (d.description() == null ? "" : "\n" + d.description()),
                    d.visibility(), null, "/gestion/campus/" + campusId + "/actions/" + a.id());
        }).toList();
    }
}
