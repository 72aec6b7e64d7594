package fr.passerelle.campus;

import fr.passerelle.directory.OrganisationSummary;
import java.util.Optional;

/**
 * A panel another module adds to the public page of a partner ({@code /partenaires/{id}}), e.g. a cluster's trade
 * sheets or the trainings it labels. The page renders {@code template :: panel(data)} for each panel present, in
 * {@link #order()}.
 */
public interface PartnerPagePanel {

    int order();

    Optional<CampusPagePanel.Panel> panel(OrganisationSummary organisation);
}
