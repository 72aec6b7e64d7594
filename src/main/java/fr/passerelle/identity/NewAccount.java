package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;
import java.util.Set;
import java.util.UUID;

/** A request to open an account; the scope fields that the role needs must be set. */
public record NewAccount(String username, String email, String displayName, String password, Role role,
                         String regionCode, String academyCode, UUID campusId, UUID organisationId, Set<UUID> followedCampusIds) {

    public NewAccount {
        followedCampusIds = followedCampusIds == null ? Set.of() : Set.copyOf(followedCampusIds);
        switch (role) {
            case REGIONAL_COORDINATOR -> require(regionCode, "Un·e coordinateur·rice régional·e est rattaché·e à une région.");
            case REGIONAL_COUNCIL -> require(regionCode, "Un·e référent·e du Conseil régional est rattaché·e à une région.");
            case LABOUR_CORRESPONDENT -> {
                require(regionCode, "Un·e correspondant·e DREETS est rattaché·e à une région.");
                if (followedCampusIds.isEmpty()) {
                    throw new BusinessRuleException("followedCampusIds", "Choisissez au moins un campus suivi par le ou la correspondant·e DREETS.");
                }
            }
            case ACADEMY_REFERENT -> require(academyCode, "Un·e référent·e académique est rattaché·e à une académie.");
            case OPERATIONAL_DIRECTOR -> require(campusId, "Un·e directeur·rice opérationnel·le est rattaché·e à un campus.");
            case PARTNER_MEMBER, COMPANY_RECRUITER -> require(organisationId, "Ce rôle est rattaché à une organisation membre.");
            case CLUSTER_STAFF -> require(organisationId, "L'équipe d'un cluster est rattachée à son cluster.");
            default -> { }
        }
    }

    /** A request for an account that follows no campus. */
    public NewAccount(String username, String email, String displayName, String password, Role role, String regionCode, String academyCode,
                      UUID campusId, UUID organisationId) {
        this(username, email, displayName, password, role, regionCode, academyCode, campusId, organisationId, Set.of());
    }

    /** The role needs a scope the request does not give: a broken rule on the whole entry, in French. */
    private static void require(Object scope, String message) {
        if (scope == null) {
            throw new BusinessRuleException(message);
        }
    }
}
