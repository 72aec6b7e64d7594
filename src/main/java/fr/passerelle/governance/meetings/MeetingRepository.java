package fr.passerelle.governance.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select m from Meeting m where m.body.id = ?1 order by m.startsAt desc")
    List<Meeting> findByBody(UUID bodyId);

    @Query("""
            select m from Meeting m join fetch m.body b
             where b.campusId = ?1 and m.cancelledAt is null and m.startsAt >= ?2 and m.startsAt < ?3 order by m.startsAt""")
    List<Meeting> findHeld(UUID campusId, java.time.LocalDateTime from, java.time.LocalDateTime until);
}
