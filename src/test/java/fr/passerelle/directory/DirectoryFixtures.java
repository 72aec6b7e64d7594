package fr.passerelle.directory;

import java.util.UUID;

/** Organisations for the directory's tests: each named uniquely, so that tests sharing one database never collide. */
public final class DirectoryFixtures {

    /** Lille's INSEE code, in Hauts-de-France (32). */
    public static final String LILLE = "59350";
    /** Lyon's INSEE code, in Auvergne-Rhône-Alpes (84). */
    public static final String LYON = "69123";

    private DirectoryFixtures() {
    }

    /** An organisation of that kind with no commune, named {@code name} and a unique suffix. */
    public static OrganisationDetails organisation(OrganisationKind kind, String name) {
        return OrganisationDetails.of(kind, name + " " + UUID.randomUUID());
    }

    /** A school with no commune, named {@code name} and a unique suffix. */
    public static OrganisationDetails school(String name) {
        return organisation(OrganisationKind.SCHOOL, name);
    }

    /** An organisation located in the commune of that INSEE code. */
    public static OrganisationDetails locatedIn(String municipalityCode, OrganisationKind kind, String name) {
        return new OrganisationDetails(kind, name + " " + UUID.randomUUID(), null, null, null, null, null, municipalityCode, null, null,
                null, null);
    }
}
