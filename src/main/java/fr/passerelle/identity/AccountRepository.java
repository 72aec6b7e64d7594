package fr.passerelle.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmail(String email);

    java.util.List<Account> findByRoleAndEmailConfirmedAtIsNullAndCreatedAtBefore(Role role, java.time.Instant before);

    java.util.List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    java.util.List<Account> findByOrganisationIdInAndRoleInAndEnabledTrue(java.util.Collection<UUID> organisationIds,
                                                                          java.util.Collection<Role> roles);
}
