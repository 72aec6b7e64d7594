package fr.passerelle.training.catalogue;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Territories;
import fr.passerelle.training.TrainingRoute;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The campuses' trainings as the catalogue sees them: CFD, route, and the establishment's UAI, kind and région (directory and territory APIs). */
@Component
class CampusTrainingLinks implements CatalogueImporter.CampusLinks {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final Territories territories;

    CampusTrainingLinks(JdbcClient jdbc, Directory directory, Territories territories) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.territories = territories;
    }

    @Override
    public List<Link> links() {
        record Row(String cfd, TrainingRoute route, UUID organisationId) {
        }
        List<Row> rows = jdbc.sql("select diploma_code, route, organisation_id from campus_training")
                .query((rs, n) -> new Row(rs.getString(1), TrainingRoute.valueOf(rs.getString(2)), rs.getObject(3, UUID.class))).list();
        Map<UUID, OrganisationSummary> organisations = directory.organisations(rows.stream().map(Row::organisationId).distinct().toList());
        return rows.stream().map(r -> {
            OrganisationSummary o = organisations.get(r.organisationId());
            String region = o == null || o.municipalityCode() == null ? null
                    : territories.academyOfMunicipality(o.municipalityCode()).map(Academy::regionCode).orElse(null);
            return new Link(r.cfd(), r.route(), o == null ? null : o.uai(), o != null && o.kind() == OrganisationKind.APPRENTICE_CENTRE, region);
        }).toList();
    }
}
