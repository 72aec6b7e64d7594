package fr.passerelle.governance;

import java.util.Set;
import java.util.UUID;

/**
 * What one actor may see of one campus's life: {@code team} for those who edit or oversee the campus (everything),
 * {@code partner} for members of a partner organisation (public and partner items), and the governing bodies the
 * actor sits on (their body-only items). Anonymous visitors see public items only.
 */
public record CampusAudience(UUID campusId, boolean team, boolean partner, Set<UUID> bodies) {

    public static CampusAudience publicOnly(UUID campusId) {
        return new CampusAudience(campusId, false, false, Set.of());
    }

    /** Public and partner items, not body-only ones: what a private calendar feed shows. */
    public static CampusAudience partners(UUID campusId) {
        return new CampusAudience(campusId, false, true, Set.of());
    }

    /** Whether an item of this visibility, hanging from {@code bodyId} (or none), may be shown. */
    public boolean sees(Visibility visibility, UUID bodyId) {
        if (team || visibility == Visibility.PUBLIC) {
            return true;
        }
        return switch (visibility) {
            case PARTNERS -> partner || !bodies.isEmpty();
            case BODY -> bodyId != null && bodies.contains(bodyId);
            default -> false;
        };
    }

    /** The visibilities an actor who is neither team nor body member may see, for queries. */
    public boolean seesPartnerItems() {
        return team || partner || !bodies.isEmpty();
    }
}
