package fr.passerelle.directory;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.territory.Territories;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The directory on the landing page. A partner member or a company recruiter finds the card of their organisation —
 * its identifiers, its commune, its people, the campuses it partners — with the link to edit it when the directory
 * lets them ({@link DirectoryPermissions#canEdit}); everyone but the experts finds the directory of organisations.
 */
@Component
class OrganisationPanel implements LandingPanel {

    private final Directory directory;
    private final Territories territories;

    OrganisationPanel(Directory directory, Territories territories) {
        this.directory = directory;
        this.territories = territories;
    }

    @Override
    public int order() {
        return 40;
    }

    record Data(OrganisationSummary organisation, String municipalityName, int people, int campuses, boolean editable,
                boolean canRegister) {
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (actor.role() == fr.passerelle.identity.Role.EXPERT) {
            return Optional.empty(); // the expert's work is the dossiers assigned to them, not the directory
        }
        OrganisationSummary own = actor.organisationId() == null ? null : directory.organisation(actor.organisationId()).orElse(null);
        return Optional.of(new Panel("directory/organisation-panel", own == null
                ? new Data(null, null, 0, 0, false, directory.canRegister(actor))
                : new Data(own, own.municipalityCode() == null ? null : territories.municipality(own.municipalityCode()).map(fr.passerelle.territory.Municipality::name).orElse(null),
                        directory.peopleOf(own.id()).size(), directory.campusesOf(own.id()).size(), directory.canEdit(actor, own.id()),
                        directory.canRegister(actor))));
    }
}
