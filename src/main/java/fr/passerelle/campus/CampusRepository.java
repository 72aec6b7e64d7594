package fr.passerelle.campus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampusRepository extends JpaRepository<Campus, UUID> {

    Optional<Campus> findBySlug(String slug);

    Optional<Campus> findByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    @Query("select c from Campus c order by c.name")
    List<Campus> findAllByName();

    List<Campus> findByRegionCodeOrderByName(String regionCode);

    List<Campus> findByAcademyCodeOrderByName(String academyCode);

    @Query("select c from Campus c where c.id in ?1 order by c.name")
    List<Campus> findByIds(java.util.Collection<UUID> ids);

    @Query("select c from Campus c where c.labelStatus = fr.passerelle.campus.LabelStatus.LABELLED and c.labelValidUntil < ?1")
    List<Campus> findLabelledEndedBefore(java.time.LocalDate day);
}
