package fr.passerelle.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByUai(String uai);

    Optional<Organisation> findBySiret(String siret);

    Optional<Organisation> findFirstByNameIgnoreCase(String name);

    List<Organisation> findByKindOrderByName(OrganisationKind kind, org.springframework.data.domain.Pageable page);

    @Query("select o from Organisation o where lower(o.name) like lower(concat('%', ?1, '%')) or lower(o.acronym) like lower(concat('%', ?1, '%')) order by o.name")
    List<Organisation> search(String text, org.springframework.data.domain.Pageable page);
}
