package fr.passerelle.labelling.deployment;

import fr.passerelle.identity.Actor;

/**
 * Who edits and who reads the deployment plan of a région. The two co-pilots of the région (ADR 0009) — the région
 * académique's coordination and the Conseil régional's referent — prepare it with the national administration; the
 * academic referents of the région's académies and the région's DREETS correspondents read it. Nobody else sees it.
 */
final class DeploymentPermissions {

    private DeploymentPermissions() {
    }

    /** Whether the actor may edit the plan of the région: its priorities, its projects and their calendars. */
    static boolean mayEdit(Actor actor, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> regionCode != null && regionCode.equals(actor.regionCode());
            default -> false;
        };
    }

    /**
     * Whether the actor may read the plan of the région; {@code regionOfActorsAcademy} is the région of the académie an
     * academic referent is scoped to (null for the other roles).
     */
    static boolean mayRead(Actor actor, String regionCode, String regionOfActorsAcademy) {
        if (mayEdit(actor, regionCode)) {
            return true;
        }
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> regionCode != null && regionCode.equals(regionOfActorsAcademy);
            case LABOUR_CORRESPONDENT -> regionCode != null && regionCode.equals(actor.regionCode());
            default -> false;
        };
    }
}
