package fr.passerelle.governance.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select m from Meeting m where m.body.id = ?1 order by m.startsAt desc")
    List<Meeting> findByBody(UUID bodyId);
}
