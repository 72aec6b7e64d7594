package fr.passerelle.directory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The région of each campus, as the registry knows it: the directory needs it to decide who edits an organisation
 * with no commune (see {@link DirectoryPermissions}) and cannot depend on the registry, which depends on it.
 */
public interface CampusRegions {

    /** The région code of each of these campuses that exists. */
    Map<UUID, String> of(Collection<UUID> campusIds);
}
