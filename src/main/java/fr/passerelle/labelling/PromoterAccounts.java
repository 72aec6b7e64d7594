package fr.passerelle.labelling;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The accounts whose promoting scope covers a campus or a project: whom to tell about its dossiers and its label. */
@Component
class PromoterAccounts {

    private final Accounts accounts;

    PromoterAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The academic referents of each académie, the regional coordinators of the région and the campus's director. */
    Set<UUID> of(String regionCode, java.util.Collection<String> academyCodes, UUID campusId) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Role role : new Role[] {Role.ACADEMY_REFERENT, Role.REGIONAL_COORDINATOR, Role.OPERATIONAL_DIRECTOR}) {
            accounts.withRole(role).stream().filter(a -> ApplicationPermissions.coversTerritory(a, regionCode, academyCodes, campusId))
                    .forEach(a -> ids.add(a.accountId()));
        }
        return ids;
    }

    /** The two co-pilots of the région, who record its opinions: the région académique's coordination (CAEN) and the Conseil régional (Crefop). */
    Set<UUID> regional(String regionCode) {
        return coPilots(regionCode).stream().map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The accounts of the two co-pilots of the région (ADR 0009). */
    java.util.List<Actor> coPilots(String regionCode) {
        return java.util.stream.Stream.of(Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL).flatMap(role -> accounts.withRole(role).stream())
                .filter(a -> regionCode.equals(a.regionCode())).toList();
    }

    Set<UUID> admins() {
        return accounts.withRole(Role.NATIONAL_ADMIN).stream().map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
