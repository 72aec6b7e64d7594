package fr.passerelle.jobs.offers;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import fr.passerelle.campus.PartnerPagePanel;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.Partner;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The newest public offers on other modules' public pages, without those modules knowing the job board: on a cluster's
 * page (its public page {@code /clusters/{slug}} renders the partner panels) the offers posted through it; on a
 * company's partner page its own; on a campus's page those of its partner companies. Nothing is shown where there is
 * no offer.
 */
final class OffersPanels {

    static final int SHOWN = 5;
    static final String TEMPLATE = "jobs/offers/panel";

    private OffersPanels() {
    }

    /** What the panel shows: a few offers, how to see them all on the board. */
    record PublicOffers(String heading, List<OfferView> offers, String boardUrl, String boardLabel) {
    }

    @Component
    static class OnPartnerPage implements PartnerPagePanel {

        private final JobBoard board;

        OnPartnerPage(JobBoard board) {
            this.board = board;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public Optional<CampusPagePanel.Panel> panel(OrganisationSummary organisation) {
            if (organisation.kind() == OrganisationKind.CLUSTER) {
                List<OfferView> offers = board.latest(Set.of(organisation.id()), Set.of(), SHOWN);
                return offers.isEmpty() ? Optional.empty() : Optional.of(new CampusPagePanel.Panel(TEMPLATE, new PublicOffers(
                        "Offres d’emploi des entreprises membres", offers, "/offres?cluster=" + organisation.id(),
                        "Toutes les offres des membres du cluster")));
            }
            if (organisation.kind() == OrganisationKind.COMPANY) {
                List<OfferView> offers = board.latest(Set.of(), Set.of(organisation.id()), SHOWN);
                return offers.isEmpty() ? Optional.empty() : Optional.of(new CampusPagePanel.Panel(TEMPLATE, new PublicOffers(
                        "Offres d’emploi de l’entreprise", offers, "/offres", "Toutes les offres d’emploi")));
            }
            return Optional.empty();
        }
    }

    @Component
    static class OnCampusPage implements CampusPagePanel {

        private final JobBoard board;
        private final Directory directory;

        OnCampusPage(JobBoard board, Directory directory) {
            this.board = board;
            this.directory = directory;
        }

        @Override
        public int order() {
            return 70;
        }

        @Override
        public Optional<Panel> panel(CampusCard campus) {
            Set<UUID> companies = directory.partnersOf(campus.id()).stream().map(Partner::organisation)
                    .filter(o -> o.kind() == OrganisationKind.COMPANY).map(OrganisationSummary::id).collect(Collectors.toSet());
            List<OfferView> offers = board.latest(Set.of(), companies, SHOWN);
            return offers.isEmpty() ? Optional.empty() : Optional.of(new Panel(TEMPLATE, new PublicOffers(
                    "Offres d’emploi des entreprises partenaires", offers, "/offres", "Toutes les offres d’emploi")));
        }
    }
}
