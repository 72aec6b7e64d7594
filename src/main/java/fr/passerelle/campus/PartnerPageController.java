package fr.passerelle.campus;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.territory.Territories;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a partner: what it is, and every campus it works with. No personal data. */
@Controller
class PartnerPageController {

    private final Directory directory;
    private final CampusRegistry registry;
    private final Territories territories;
    private final org.springframework.beans.factory.ObjectProvider<PartnerPagePanel> panels;

    PartnerPageController(Directory directory, CampusRegistry registry, Territories territories,
                          org.springframework.beans.factory.ObjectProvider<PartnerPagePanel> panels) {
        this.panels = panels;
        this.directory = directory;
        this.registry = registry;
        this.territories = territories;
    }

    @GetMapping("/partenaires/{id}")
    String partner(@PathVariable UUID id, Model model) {
        OrganisationSummary organisation = directory.organisation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisation", organisation);
        model.addAttribute("description", directory.details(id).map(d -> d.description()).orElse(null));
        model.addAttribute("municipality", territories.municipality(organisation.municipalityCode()).map(m -> m.name()).orElse(null));
        model.addAttribute("campuses", directory.campusesOf(id).stream().map(registry::byId).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(CampusCard::name)).toList());
        model.addAttribute("panels", panels.stream().sorted(java.util.Comparator.comparingInt(PartnerPagePanel::order))
                .flatMap(p -> p.panel(organisation).stream()).toList());
        return "campus/partner";
    }
}
