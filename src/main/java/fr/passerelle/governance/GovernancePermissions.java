package fr.passerelle.governance;

import java.util.UUID;

/**
 * Who sees what of a campus's life, in plain Java. Running it (bodies, meetings, budget, action plan, calendar links,
 * documents) belongs to those the campus module lets manage the campus ({@code CampusRegistry.requireManageable});
 * reading its back-office pages to those it lets read them. On top of that, governance's own rules: each item is
 * shown to its {@link CampusAudience}, and the members of a governing body, who may have no other access to the
 * campus, read the documents library for the items of their body.
 */
public final class GovernancePermissions {

    private GovernancePermissions() {
    }

    /** Whether an item of this visibility, hanging from {@code bodyId} (or none), may be shown to the audience. */
    public static boolean sees(CampusAudience audience, Visibility visibility, UUID bodyId) {
        return audience.sees(visibility, bodyId);
    }

    /** Whether the documents library opens to a reader: the campus's back-office readers, and the members of its bodies. */
    public static boolean readsLibrary(boolean backOfficeReader, CampusAudience audience) {
        return backOfficeReader || !audience.bodies().isEmpty();
    }

    /**
     * Whether a folder of the library is listed: those who run the campus see every folder, to file documents in it;
     * the others see the folders holding something they may read.
     */
    public static boolean listsFolder(boolean runsCampus, long documentsSeenInIt) {
        return runsCampus || documentsSeenInIt > 0;
    }
}
