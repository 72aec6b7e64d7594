package fr.passerelle.training;

import java.util.Set;
import java.util.UUID;

/**
 * A training of the national catalogue as other modules see it: its code (the CFD of a BCN diploma, an RNCP code, or
 * an ONISEP id), its wording, its type ("BTS", "Titre professionnel"…), its level in the national framework (3 to 8,
 * null when unknown) and its routes. Its public sheet is at {@link #path()}.
 */
public record CatalogueTraining(UUID id, String code, String label, String typeLabel, Integer nationalLevel, Set<TrainingRoute> routes) {

    public String path() {
        return "/formations/" + code;
    }

    /** "BTS — niveau 5", or the type alone when the level is unknown. */
    public String typeAndLevel() {
        String type = typeLabel == null ? "Formation" : typeLabel;
        return nationalLevel == null ? type : type + " — niveau " + nationalLevel;
    }
}
