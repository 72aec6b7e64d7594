package fr.passerelle.governance.calendar;

import fr.passerelle.platform.Times;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import fr.passerelle.platform.Outcomes;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The calendar of a campus: month and list views in the back office, kept to what the reader may see; the public
 * iCal feed of its public items; and the public agenda panel of its public page.
 */
@Controller
class CalendarController implements CampusPagePanel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    /** Days on the public page, read out of any month's context: with their year. */
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CampusCalendar calendar;
    private final CalendarFeeds feeds;
    private final CampusAudiences audiences;
    private final CampusRegistry registry;
    private final CurrentActor currentActor;
    private final Clock clock;

    CalendarController(CampusCalendar calendar, CalendarFeeds feeds, CampusAudiences audiences, CampusRegistry registry, CurrentActor currentActor,
                       Clock clock) {
        this.calendar = calendar;
        this.feeds = feeds;
        this.audiences = audiences;
        this.registry = registry;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** One item as a page shows it. */
    record Entry(CalendarItem item, String time, boolean continued) {
        public String visibilityLabel() {
            return item.visibility().label();
        }
    }

    record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {
        public String label() {
            return Times.current().format(date, DAY);
        }
    }

    @GetMapping("/gestion/campus/{id}/calendrier")
    String calendar(@PathVariable UUID id, @RequestParam(name = "vue", defaultValue = "mois") String view,
                    @RequestParam(name = "mois", required = false) String month, Model model) {
        Actor actor = currentActor.require();
        CampusCard campus = registry.requireReadable(actor, id);
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        YearMonth shown = month(month).orElse(YearMonth.from(today));
        boolean list = "liste".equals(view);
        LocalDate first = list ? shown.atDay(1) : shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = list ? shown.atEndOfMonth() : shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<CalendarItem> items = calendar.items(audiences.of(actor, id), first, last);
        List<Day> days = days(first, last, shown, today, items);

        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, id));
        model.addAttribute("registryEditable", registry.canEdit(actor, id));
        model.addAttribute("view", list ? "liste" : "mois");
        model.addAttribute("monthLabel", Times.current().format(shown, MONTH));
        model.addAttribute("month", shown.toString());
        model.addAttribute("previousMonth", shown.minusMonths(1).toString());
        model.addAttribute("nextMonth", shown.plusMonths(1).toString());
        model.addAttribute("currentMonth", YearMonth.from(today).toString());
        model.addAttribute("weeks", weeks(days));
        model.addAttribute("listDays", days.stream().filter(d -> d.inMonth() && !d.entries().isEmpty()).toList());
        model.addAttribute("itemCount", items.size());
        return "governance/calendar";
    }

    /** The public feed of a campus's public items: no login, nothing else. */
    @GetMapping("/campus/{slug}/agenda.ics")
    ResponseEntity<String> publicFeed(@PathVariable String slug) {
        CampusCard campus = registry.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String ics = calendar.ics("Agenda public — " + campus.name(), calendar.feedItems(CampusAudience.publicOnly(campus.id())));
        return ResponseEntity.ok().contentType(CALENDAR).body(ics);
    }

    @PostMapping("/gestion/campus/{id}/agendas")
    String issueFeed(@PathVariable UUID id, @RequestParam(name = "label", required = false) String label, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        String target = Outcomes.redirect(flash, "/gestion/campus/" + id + "/instances#agendas", () -> feeds.issue(actor, id, label),
                feed -> "Le lien d'agenda « " + feed.label() + " » est créé : transmettez-le aux membres.");
        if (flash.getFlashAttributes().containsKey("error")) {
            flash.addFlashAttribute("feedLabel", label);
        }
        return target;
    }

    @PostMapping("/gestion/campus/{id}/agendas/{feedId}/revocation")
    String revokeFeed(@PathVariable UUID id, @PathVariable UUID feedId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/instances#agendas", () -> feeds.revoke(actor, id, feedId),
                "Le lien d'agenda est révoqué : il ne donne plus accès aux réunions.");
    }

    /** The private feed: no login, the secret token is the key. */
    @GetMapping(value = "/calendrier/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendar(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Override
    public int order() {
        return 10;
    }

    /** The agenda panel of the public page: the next public items, and the feed to subscribe to. */
    @Override
    public Optional<Panel> panel(CampusCard campus) {
        var upcoming = calendar.upcoming(CampusAudience.publicOnly(campus.id()), 6).stream()
                .map(item -> new Entry(item, item.allDay() ? null : Times.current().format(item.start(), TIME), false)).toList();
        return Optional.of(new Panel("governance/agenda-panel", new AgendaPanel(campus.slug(), upcoming)));
    }

    record AgendaPanel(String slug, List<Entry> upcoming) {
        public String dayOf(Entry entry) {
            var item = entry.item();
            String start = DAY_AND_YEAR.format(item.start().toLocalDate());
            return item.allDay() && !item.end().toLocalDate().equals(item.start().toLocalDate())
                    ? "du " + start + " au " + DAY_AND_YEAR.format(item.end().toLocalDate()) : start;
        }
    }

    private static List<Day> days(LocalDate first, LocalDate last, YearMonth shown, LocalDate today, List<CalendarItem> items) {
        Map<LocalDate, List<Entry>> byDay = new TreeMap<>();
        for (CalendarItem item : items) {
            LocalDate start = item.start().toLocalDate();
            LocalDate end = item.allDay() || item.end().toLocalTime().isAfter(java.time.LocalTime.MIDNIGHT)
                    ? item.end().toLocalDate() : item.end().toLocalDate().minusDays(1);
            for (LocalDate d = start.isBefore(first) ? first : start; !d.isAfter(end) && !d.isAfter(last); d = d.plusDays(1)) {
                String time = item.allDay() ? null : d.equals(start) ? Times.current().format(item.start(), TIME) + " – " + Times.current().format(item.end(), TIME) : null;
                byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(new Entry(item, time, !d.equals(start)));
            }
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(new Day(d, YearMonth.from(d).equals(shown), d.equals(today), byDay.getOrDefault(d, List.of())));
        }
        return days;
    }

    private static List<List<Day>> weeks(List<Day> days) {
        List<List<Day>> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= days.size(); i += 7) {
            weeks.add(days.subList(i, i + 7));
        }
        return weeks;
    }

    private static Optional<YearMonth> month(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
