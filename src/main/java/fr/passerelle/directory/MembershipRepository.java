package fr.passerelle.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    @Query("select m from Membership m join fetch m.organisation o where m.campusId = ?1 and m.person is null order by o.name")
    List<Membership> findByCampusId(UUID campusId);

    @Query("select m from Membership m join fetch m.person p join fetch p.organisation where m.campusId = ?1 order by p.lastName, p.firstName")
    List<Membership> findContactsByCampusId(UUID campusId);

    boolean existsByCampusIdAndPersonId(UUID campusId, UUID personId);

    List<Membership> findByPersonId(UUID personId);

    @Query("select m from Membership m join fetch m.organisation o where o.id = ?1 and m.person is null")
    List<Membership> findByOrganisationId(UUID organisationId);

    @Query("select m from Membership m join fetch m.organisation o where o.id in ?1 and m.person is null")
    List<Membership> findByOrganisationIds(java.util.Collection<UUID> organisationIds);

    boolean existsByCampusIdAndOrganisationIdAndRole(UUID campusId, UUID organisationId, MembershipRole role);

    @Query("select count(distinct m.organisation.id) from Membership m where m.organisation is not null")
    long countPartners();
}
