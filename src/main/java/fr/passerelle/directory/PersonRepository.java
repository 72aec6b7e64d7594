package fr.passerelle.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** People of the directory; the lists leave out those removed from it, kept only for the history they are part of. */
interface PersonRepository extends JpaRepository<Person, UUID> {

    @Query("select p from Person p join fetch p.organisation o where o.id = ?1 and p.removedOn is null order by p.lastName, p.firstName")
    List<Person> findByOrganisationId(UUID organisationId);

    @Query("select p from Person p join fetch p.organisation o where o.id in ?1 and p.removedOn is null order by p.lastName, p.firstName")
    List<Person> findByOrganisationIds(java.util.Collection<UUID> organisationIds);

    /** People whose last name, first name or e-mail starts with the text (case ignored), by name, at most {@code page} of them. */
    @Query("""
            select p from Person p join fetch p.organisation o where p.removedOn is null
               and (lower(p.lastName) like ?1 or lower(p.firstName) like ?1 or lower(p.email) like ?1
                    or lower(concat(p.firstName, ' ', p.lastName)) like ?1)
             order by p.lastName, p.firstName""")
    List<Person> search(String prefix, org.springframework.data.domain.Pageable page);

    @Query("select p.id from Person p where lower(p.email) = lower(?1)")
    List<UUID> findIdsByEmail(String email);
}
