package fr.passerelle.indicators.opendata;

import fr.passerelle.identity.Actor;

/** Who may publish the open data of the indicators on demand (the daily job publishes it anyway). */
final class OpenDataPermissions {

    private OpenDataPermissions() {
    }

    /** The national administration only: the snapshot covers every campus of the country. */
    static boolean canPublish(Actor actor) {
        return actor != null && switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            default -> false;
        };
    }
}
