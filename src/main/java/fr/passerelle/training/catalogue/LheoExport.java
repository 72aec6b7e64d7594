package fr.passerelle.training.catalogue;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.training.Training;
import fr.passerelle.training.TrainingRoute;
import fr.passerelle.training.Trainings;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campus's training offer in LHÉO 2.3 (namespace {@code http://lheo.gouv.fr/2.3}), the language regional Carif-Oref
 * and ONISEP exchange offers in: {@code lheo > offres > formation} — one per diploma and establishment, with its NSF
 * and ROME v3 codes, its RNCP certification and its exit level ({@code code-niveau-sortie}: 13 to 18 for the levels 3
 * to 8 of the national framework) — each with one {@code action} per route (rythme and alternance say which), held at
 * its {@code lieu-de-formation} (UAI, address, coordinates), with one {@code session} whose dates the platform does not
 * know (00000000 and 99999999, as LHÉO writes unknown dates), and its {@code organisme-formation-responsable}.
 * Element names and order follow lheo/lheo-schema (definition/lheo-gml.xml, version 2.3); where a mandatory value is
 * unknown to the platform, the conventions of the schema's ONISEP example (datasources/exemple-bts-onisep.xml) are used
 * and said in a comment of the file.
 */
@Service
class LheoExport {

    static final String NAMESPACE = "http://lheo.gouv.fr/2.3";

    private final Trainings trainings;
    private final CatalogueQueries queries;
    private final Directory directory;
    private final Territories territories;
    private final JdbcClient jdbc;

    LheoExport(Trainings trainings, CatalogueQueries queries, Directory directory, Territories territories, JdbcClient jdbc) {
        this.trainings = trainings;
        this.queries = queries;
        this.directory = directory;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    /** The national level (3–8) as dict-niveaux codes it (13–18); 0 when unknown. */
    static String exitLevel(Integer nationalLevel) {
        return nationalLevel == null || nationalLevel < 1 || nationalLevel > 8 ? "0" : String.valueOf(10 + nationalLevel);
    }

    @Transactional(readOnly = true)
    byte[] offerOf(CampusCard campus) {
        Map<List<Object>, List<Training>> groups = new LinkedHashMap<>();
        for (Training t : trainings.trainingsOf(campus.id())) {
            groups.computeIfAbsent(List.of(t.diploma().code(), t.organisationId()), k -> new ArrayList<>()).add(t);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeComment(" Offre de formation du " + campus.name() + " (Passerelle), au format LHÉO 2.3. Dates de session inconnues : "
                    + "00000000 et 99999999 (convention LHÉO). Numéro d'activité inconnu des lycées et CFA publics : 99999999999, "
                    + "code public visé 81061 (FORMACODE V11), comme l'exemple ONISEP du schéma LHÉO. ");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "lheo");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("offres");
            for (List<Training> group : groups.values()) {
                formation(xml, campus, group);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void formation(XMLStreamWriter xml, CampusCard campus, List<Training> group) throws XMLStreamException {
        Training first = group.get(0);
        Optional<CatalogueQueries.TrainingRow> row = queries.find(first.diploma().code());
        OrganisationDetails organisation = directory.details(first.organisationId()).orElse(null);
        Place place = place(organisation);
        List<CatalogueQueries.Certification> certifications = row.map(r -> queries.certifications(r.id())).orElse(List.of());
        List<String> romeCodes = row.map(r -> queries.trades(r.id()).stream().map(CatalogueQueries.Trade::romeV3Code).distinct().limit(10).toList())
                .orElse(List.of());
        Integer level = row.map(CatalogueQueries.TrainingRow::nationalLevel).orElse(first.diploma().nationalLevel());
        String title = first.diploma().levelLabel() + " " + first.diploma().label();

        xml.writeStartElement("formation");
        xml.writeAttribute("numero", first.diploma().code() + "_" + first.organisationId());
        xml.writeStartElement("domaine-formation");
        String nsf = row.map(CatalogueQueries.TrainingRow::nsfCode).orElse(null);
        if (nsf != null) {
            text(xml, "code-NSF", nsf);
        }
        for (String rome : romeCodes) {
            text(xml, "code-ROME", rome);
        }
        xml.writeEndElement();
        text(xml, "intitule-formation", title);
        text(xml, "objectif-formation", "Préparer le diplôme « " + title + " » (code formation diplôme " + first.diploma().code() + ")"
                + (level == null ? "." : ", de niveau " + level + " du cadre national des certifications."));
        text(xml, "resultats-attendus", "Diplôme " + title + (certifications.isEmpty() ? "" : ", enregistré au RNCP sous le code "
                + certifications.get(0).code()) + ".");
        text(xml, "contenu-formation", "Le contenu est celui du référentiel du diplôme"
                + (certifications.isEmpty() ? "." : " (fiche " + certifications.get(0).code() + " du RNCP, France compétences)."));
        text(xml, "certifiante", "1");
        xml.writeStartElement("contact-formation");
        coordinates(xml, organisation, place, true);
        xml.writeEndElement();
        text(xml, "parcours-de-formation", "1");
        text(xml, "code-niveau-entree", "0");
        for (CatalogueQueries.Certification certification : certifications.stream().limit(5).toList()) {
            xml.writeStartElement("certification");
            text(xml, "code-RNCP", certification.code());
            xml.writeEndElement();
        }
        text(xml, "code-niveau-sortie", exitLevel(level));
        if (row.isPresent() && row.get().onisepUrl() != null) {
            xml.writeStartElement("url-formation");
            text(xml, "urlweb", row.get().onisepUrl());
            xml.writeEndElement();
        }
        for (Training training : group) {
            action(xml, training, organisation, place, row.map(CatalogueQueries.TrainingRow::duration).orElse(null));
        }
        organisation(xml, first, organisation, place);
        xml.writeStartElement("extras");
        xml.writeAttribute("info", "passerelle");
        extra(xml, "campus", campus.name());
        extra(xml, "code-formation-diplome", first.diploma().code());
        for (TrainingRoute route : group.stream().map(Training::route).distinct().toList()) {
            extra(xml, "voie", route.name());
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void action(XMLStreamWriter xml, Training training, OrganisationDetails organisation, Place place, String duration) throws XMLStreamException {
        xml.writeStartElement("action");
        xml.writeAttribute("numero", training.id().toString());
        text(xml, "rythme-formation", switch (training.route()) {
            case SCHOOL -> "Temps plein, voie scolaire";
            case APPRENTICESHIP -> "Apprentissage, en alternance";
            case CONTINUING -> "Formation continue";
            case VAE -> "Validation des acquis de l'expérience";
        });
        xml.writeStartElement("code-public-vise");
        xml.writeAttribute("ref", "V11");
        xml.writeCharacters("81061");
        xml.writeEndElement();
        text(xml, "niveau-entree-obligatoire", "0");
        text(xml, "modalites-alternance", training.route() == TrainingRoute.APPRENTICESHIP
                ? "Contrat d'apprentissage : alternance entre l'établissement et l'entreprise." : "-");
        text(xml, "modalites-enseignement", "0");
        text(xml, "conditions-specifiques", "-");
        text(xml, "prise-en-charge-frais-possible", training.route() == TrainingRoute.SCHOOL ? "0" : "1");
        xml.writeStartElement("lieu-de-formation");
        if (organisation != null && organisation.uai() != null) {
            xml.writeStartElement("code-UAI-lieu-formation");
            text(xml, "code-UAI", organisation.uai());
            xml.writeEndElement();
        }
        coordinates(xml, organisation, place, false);
        xml.writeEndElement();
        text(xml, "modalites-entrees-sorties", "0");
        xml.writeStartElement("session");
        xml.writeAttribute("numero", training.id().toString());
        xml.writeStartElement("periode");
        text(xml, "debut", "00000000");
        text(xml, "fin", "99999999");
        xml.writeEndElement();
        xml.writeStartElement("adresse-inscription");
        address(xml, organisation, place);
        xml.writeEndElement();
        xml.writeEndElement();
        if (duration != null) {
            text(xml, "duree-indicative", duration);
        }
        if (training.sinceYear() != null) {
            xml.writeStartElement("extras");
            xml.writeAttribute("info", "passerelle");
            extra(xml, "ouverte-depuis", String.valueOf(training.sinceYear()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void organisation(XMLStreamWriter xml, Training training, OrganisationDetails organisation, Place place) throws XMLStreamException {
        xml.writeStartElement("organisme-formation-responsable");
        text(xml, "numero-activite", "99999999999");
        String siret = organisation == null ? null : organisation.siret();
        if (siret == null && organisation != null && organisation.uai() != null) {
            siret = jdbc.sql("select siret from catalogue_establishment where uai = ?").param(organisation.uai()).query(String.class).optional().orElse(null);
        }
        if (siret != null) {
            xml.writeStartElement("SIRET-organisme-formation");
            text(xml, "SIRET", siret);
            xml.writeEndElement();
        }
        text(xml, "nom-organisme", training.organisationName());
        text(xml, "raison-sociale", organisation == null ? training.organisationName() : organisation.name());
        xml.writeStartElement("coordonnees-organisme");
        coordinates(xml, organisation, place, false);
        xml.writeEndElement();
        xml.writeStartElement("contact-organisme");
        coordinates(xml, organisation, place, true);
        xml.writeEndElement();
        if (organisation != null && organisation.uai() != null) {
            xml.writeStartElement("code-UAI-organisme-formation");
            text(xml, "code-UAI", organisation.uai());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private record Place(String line, String postalCode, String town, String communeCode, String departmentCode, String regionCode, Double latitude,
                         Double longitude) {
    }

    private Place place(OrganisationDetails organisation) {
        if (organisation == null) {
            return new Place(null, null, null, null, null, null, null, null);
        }
        Optional<Municipality> town = organisation.municipalityCode() == null ? Optional.empty() : territories.municipality(organisation.municipalityCode());
        Double lat = town.map(Municipality::latitude).orElse(null);
        Double lon = town.map(Municipality::longitude).orElse(null);
        if (organisation.uai() != null) {
            var known = jdbc.sql("select latitude, longitude from catalogue_establishment where uai = ? and latitude is not null").param(organisation.uai())
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional();
            if (known.isPresent()) {
                lat = known.get()[0];
                lon = known.get()[1];
            }
        }
        String region = organisation.municipalityCode() == null ? null
                : territories.academyOfMunicipality(organisation.municipalityCode()).map(a -> a.regionCode()).orElse(null);
        return new Place(organisation.addressLine(), organisation.postalCode() != null ? organisation.postalCode() : town.map(Municipality::mainPostalCode).orElse(null),
                town.map(Municipality::name).orElse(null), organisation.municipalityCode(), town.map(Municipality::departmentCode).orElse(null), region, lat, lon);
    }

    private void coordinates(XMLStreamWriter xml, OrganisationDetails organisation, Place place, boolean contact) throws XMLStreamException {
        xml.writeStartElement("coordonnees");
        if (organisation != null) {
            text(xml, "ligne", organisation.name());
        }
        address(xml, organisation, place);
        if (organisation != null && organisation.phone() != null) {
            xml.writeStartElement("telfixe");
            text(xml, "numtel", organisation.phone());
            xml.writeEndElement();
        }
        if (organisation != null && organisation.email() != null) {
            text(xml, "courriel", organisation.email());
        }
        if (organisation != null && organisation.website() != null) {
            xml.writeStartElement("web");
            text(xml, "urlweb", organisation.website());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void address(XMLStreamWriter xml, OrganisationDetails organisation, Place place) throws XMLStreamException {
        if (place.town() == null) {
            return;
        }
        xml.writeStartElement("adresse");
        text(xml, "ligne", place.line() != null ? place.line() : organisation == null ? place.town() : organisation.name());
        text(xml, "codepostal", place.postalCode() == null ? "" : place.postalCode());
        text(xml, "ville", place.town());
        if (place.departmentCode() != null) {
            text(xml, "departement", place.departmentCode());
        }
        if (place.communeCode() != null) {
            text(xml, "code-INSEE-commune", place.communeCode());
        }
        if (place.regionCode() != null) {
            text(xml, "region", place.regionCode());
        }
        text(xml, "pays", "FR");
        if (place.latitude() != null && place.longitude() != null) {
            xml.writeStartElement("geolocalisation");
            text(xml, "latitude", String.valueOf(place.latitude()));
            text(xml, "longitude", String.valueOf(place.longitude()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void extra(XMLStreamWriter xml, String info, String value) throws XMLStreamException {
        xml.writeStartElement("extra");
        xml.writeAttribute("info", info);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
