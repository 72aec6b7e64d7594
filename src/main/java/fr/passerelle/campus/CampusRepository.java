package fr.passerelle.campus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampusRepository extends JpaRepository<Campus, UUID> {

    Optional<Campus> findBySlug(String slug);

    Optional<Campus> findByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    @Query("select c from Campus c order by c.name")
    List<Campus> findAllByName();

    List<Campus> findByRegionCodeOrderByName(String regionCode);

    /** The campuses of an académie: its main académie or one of the others. */
    @Query("select c from Campus c where c.academyCode = ?1 or ?1 member of c.otherAcademyCodes order by c.name")
    List<Campus> findByAcademyCodeOrderByName(String academyCode);

    @Query("select c from Campus c where c.id in ?1 order by c.name")
    List<Campus> findByIds(java.util.Collection<UUID> ids);

    @Query("select c from Campus c where c.labelStatus = fr.passerelle.campus.LabelStatus.LABELLED and c.labelValidUntil < ?1")
    List<Campus> findLabelledEndedBefore(java.time.LocalDate day);

    // Pages of a scope, for the landing page: limited in SQL.

    Page<Campus> findByRegionCode(String regionCode, Pageable page);

    @Query("select c from Campus c where c.academyCode = ?1 or ?1 member of c.otherAcademyCodes")
    Page<Campus> findByAcademyCode(String academyCode, Pageable page);

    Page<Campus> findByIdIn(java.util.Collection<UUID> ids, Pageable page);

    /** The labels ending between two days, in a scope whose null parts do not restrict it, soonest first by the page's sort. */
    @Query("""
            select c from Campus c where c.labelStatus = fr.passerelle.campus.LabelStatus.LABELLED
               and c.labelValidUntil between :from and :to
               and (:region is null or c.regionCode = :region)
               and (:academy is null or c.academyCode = :academy or :academy member of c.otherAcademyCodes)
               and (:campus is null or c.id = :campus)""")
    Page<Campus> findLabelsEnding(@Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to, @Param("region") String region,
                                  @Param("academy") String academy, @Param("campus") UUID campus, Pageable page);
}
