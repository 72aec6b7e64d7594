package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;
import java.util.UUID;

/** A request to open an account; the scope fields that the role needs must be set. */
public record NewAccount(String username, String email, String displayName, String password, Role role,
                         String regionCode, String academyCode, UUID campusId, UUID organisationId) {

    public NewAccount {
        switch (role) {
            case REGIONAL_COORDINATOR -> require(regionCode, "Un·e coordinateur·rice régional·e est rattaché·e à une région.");
            case ACADEMY_REFERENT -> require(academyCode, "Un·e référent·e académique est rattaché·e à une académie.");
            case OPERATIONAL_DIRECTOR -> require(campusId, "Un·e directeur·rice opérationnel·le est rattaché·e à un campus.");
            case PARTNER_MEMBER, COMPANY_RECRUITER -> require(organisationId, "Ce rôle est rattaché à une organisation membre.");
            default -> { }
        }
    }

    /** The role needs a scope the request does not give: a broken rule on the whole entry, in French. */
    private static void require(Object scope, String message) {
        if (scope == null) {
            throw new BusinessRuleException(message);
        }
    }
}
