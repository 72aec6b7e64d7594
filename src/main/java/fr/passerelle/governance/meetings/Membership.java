package fr.passerelle.governance.meetings;

import fr.passerelle.governance.College;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.StrategicSeat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's seat on a governing body, from the day it started to the day it ended (open while it lasts); on a
 * strategic orientation committee, the expected seat they hold; on a steering committee, their college; on a regional
 * body or in a network, their {@link RegionalSeat}.
 */
@Embeddable
class Membership {

    @Column(name = "person_id")
    private UUID personId;
    private LocalDate startedOn;
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    private StrategicSeat seat;
    @Enumerated(EnumType.STRING)
    private College college;
    @Enumerated(EnumType.STRING)
    private RegionalSeat regionalSeat;

    protected Membership() {
    }

    Membership(UUID personId, LocalDate startedOn, StrategicSeat seat, College college, RegionalSeat regionalSeat) {
        this.personId = personId;
        this.startedOn = startedOn;
        this.seat = seat;
        this.college = college;
        this.regionalSeat = regionalSeat;
    }

    /** Whether the person sat on the body that day: their seat had started, and had not ended before it. */
    boolean heldOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    boolean current() {
        return endedOn == null;
    }

    void assign(StrategicSeat seat, College college) {
        this.seat = seat;
        this.college = college;
    }

    void assignRegionalSeat(RegionalSeat regionalSeat) {
        this.regionalSeat = regionalSeat;
    }

    RegionalSeat regionalSeat() {
        return regionalSeat;
    }

    UUID personId() {
        return personId;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    StrategicSeat seat() {
        return seat;
    }

    College college() {
        return college;
    }
}
