package fr.passerelle.indicators.values;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;

/**
 * Who reads the consolidated indicators of a scope. The nation: the national administration. A région: its regional
 * coordinator and the Conseil régional's referent ({@link Actor#regionCode()}), and the national administration. An
 * académie: its academic referent ({@link Actor#academyCode()}), the two regional roles of the région it belongs to, and
 * the national administration. The comparison of a campus with its région and the nation is aggregate data: whoever
 * reads the campus's dashboard sees it (checked there), without reading the région's or the nation's dashboard.
 * Recomputing every consolidated figure now (rather than waiting for the minute's or the night's refresh) is the
 * national administration's: it loads the whole database for a few seconds.
 */
final class ConsolidationPermissions {

    private ConsolidationPermissions() {
    }

    static boolean canReadNation(Actor actor) {
        return actor.isNationalAdmin();
    }

    static boolean canReadRegion(Actor actor, String regionCode) {
        return actor.isNationalAdmin() || regional(actor) && regionCode != null && regionCode.equals(actor.regionCode());
    }

    /** @param regionCode the région the académie belongs to */
    static boolean canReadAcademy(Actor actor, String academyCode, String regionCode) {
        if (actor.isNationalAdmin()) {
            return true;
        }
        if (actor.is(Role.ACADEMY_REFERENT)) {
            return academyCode != null && academyCode.equals(actor.academyCode());
        }
        return regional(actor) && regionCode != null && regionCode.equals(actor.regionCode());
    }

    static boolean canRefresh(Actor actor) {
        return actor.isNationalAdmin();
    }

    private static boolean regional(Actor actor) {
        return actor.is(Role.REGIONAL_COORDINATOR) || actor.is(Role.REGIONAL_COUNCIL);
    }
}
