package fr.passerelle.training;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The national training catalogue, for the other modules (the trade sheets, the campus pages). */
public interface TrainingCatalogue {

    /** The trainings whose RNCP certifications lead to this trade (ROME 4.0 fiche code, e.g. A1101), by level then wording. */
    List<CatalogueTraining> trainingsLeadingTo(String tradeCode);

    /** Among them, those a campus delivers (its recorded trainings, by CFD). */
    List<CatalogueTraining> trainingsOfCampusLeadingTo(UUID campusId, String tradeCode);

    /** A training by its id or its code (CFD, RNCP…, FOR.…). */
    Optional<CatalogueTraining> training(String idOrCode);
}
