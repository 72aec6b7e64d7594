package fr.passerelle.campus;

import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the public page of a campus shows. */
record CampusPage(CampusCard card, String description, LocalDate labelValidFrom, OrganisationSummary supportEstablishment,
                  String directorName, String directorEmail, String directorPhone,
                  Map<OrganisationKind, List<Partner>> partnersByKind, int partnerCount, HowToReach howToReach) {
}
