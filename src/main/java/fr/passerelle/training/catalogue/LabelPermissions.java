package fr.passerelle.training.catalogue;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who labels a training in the name of a cluster: the national administrator, and the people of that cluster's
 * organisation (its partner members and recruiters), as the directory lets them edit their own organisation
 * (directory.DirectoryPermissions). Nobody else, whatever their scope over campuses.
 */
final class LabelPermissions {

    private LabelPermissions() {
    }

    static boolean canLabelFor(Actor actor, UUID clusterId) {
        if (actor == null || clusterId == null) {
            return false;
        }
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case PARTNER_MEMBER, COMPANY_RECRUITER, CLUSTER_STAFF -> clusterId.equals(actor.organisationId());
            default -> false;
        };
    }
}
