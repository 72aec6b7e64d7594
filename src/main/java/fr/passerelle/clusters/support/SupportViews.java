package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What the HR support pages show, read in SQL for the reader. */
final class SupportViews {

    private SupportViews() {
    }

    /** An event with the number of places taken. */
    record EventSummary(UUID id, UUID clusterId, SupportEventKind kind, String title, String theme, String description,
                        LocalDateTime startsAt, LocalDateTime endsAt, String place, boolean online, int capacity, String charter,
                        String confidentialityRule, String speakers, boolean cancelled, String cancellationReason, long version, int taken) {

        public int seatsLeft() {
            return Math.max(0, capacity - taken);
        }

        public boolean full() {
            return taken >= capacity;
        }

        public boolean hasCharter() {
            return charter != null || confidentialityRule != null;
        }

        public String path() {
            return "/gestion/clusters/" + clusterId + "/accompagnement/evenements/" + id;
        }

        /** « jeudi 10 décembre 2026, 08h30 – 10h00 » (or both days when it spans several). */
        public String when() {
            Times times = Times.current();
            if (startsAt.toLocalDate().equals(endsAt.toLocalDate())) {
                return times.dayDate(startsAt) + ", " + times.time(startsAt) + " – " + times.time(endsAt);
            }
            return "du " + times.dayDate(startsAt) + ", " + times.time(startsAt) + " au " + times.dayDate(endsAt) + ", " + times.time(endsAt);
        }

        /** « Apec Nantes, salle 2 (et en ligne) », « En ligne ». */
        public String where() {
            if (place == null) {
                return "En ligne";
            }
            return online ? place + " (et en ligne)" : place;
        }
    }

    /** A page of a cluster's events for one month, paginated in SQL. */
    record EventsPage(List<EventSummary> events, long total, int page, int size) {

        EventsPage {
            events = List.copyOf(events);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /** An organisation partnering an event, with its role. */
    record PartnerLine(UUID organisationId, String name, String role) {
    }

    /** A person registered to an event. */
    record Registration(UUID id, UUID eventId, UUID organisationId, String organisationName, UUID accountId, String fullName, String email,
                        Instant charterAcceptedAt, Instant registeredAt, Instant cancelledAt, Boolean attended, Integer score,
                        String comment) {

        public boolean active() {
            return cancelledAt == null;
        }

        public String attendanceLabel() {
            return attended == null ? "Non relevée" : attended ? "Présent·e" : "Absent·e";
        }

        public String charterLabel() {
            return charterAcceptedAt == null ? "—" : "Acceptée le " + Times.current().dateTime(charterAcceptedAt);
        }
    }

    /**
     * An event's page for its reader: the registrations they may see (all for the staff, their organisation's for a
     * member's people), their own, what they may do now.
     */
    record EventPage(ClusterCard cluster, EventSummary event, List<PartnerLine> partners, List<Registration> registrations,
                     Registration mine, boolean manages, boolean registrationOpen, boolean mayRegister, boolean attendanceOpen,
                     boolean mayAnswer, EventRules.Satisfaction satisfaction, List<Option> organisations) {

        EventPage {
            partners = List.copyOf(partners);
            registrations = List.copyOf(registrations);
            organisations = List.copyOf(organisations);
        }

        public long present() {
            return registrations.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
        }
    }

    /** The lines of the back-office section: events to come and the next one. */
    record Summary(long upcoming, EventSummary next) {
    }
}
