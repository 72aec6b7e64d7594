package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusFoundations;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.CarryingStructureDetails;
import fr.passerelle.campus.FrameworkAgreementTerms;
import fr.passerelle.campus.FrameworkAgreementTerms.Signatory;
import fr.passerelle.campus.LegalForm;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.Partner;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo framework agreements and carrying structures: the first three demo campuses of the demo région have a framework
 * agreement between the Région and the rectorat, with their initial financial commitments, and are carried by their
 * support establishment (a school partner). The people named are fictitious. Deterministic.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoFoundations {

    private final CampusRegistry registry;
    private final CampusFoundations foundations;
    private final Directory directory;
    private final Accounts accounts;

    DemoFoundations(CampusRegistry registry, CampusFoundations foundations, Directory directory, Accounts accounts) {
        this.registry = registry;
        this.foundations = foundations;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Called by {@link DemoData} once the demo campuses, their partners and the accounts exist. */
    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        List<CampusCard> campuses = registry.all().stream().filter(c -> c.regionCode().equals(DemoData.DEMO_REGION)).limit(3).toList();
        for (int i = 0; i < campuses.size(); i++) {
            CampusCard campus = campuses.get(i);
            LocalDate signed = LocalDate.of(2022 + i, 9, 15);
            var terms = new FrameworkAgreementTerms("Convention cadre relative au " + campus.name(), signed, signed.plusDays(16),
                    signed.plusYears(5).withDayOfMonth(1).withMonth(8).plusMonths(1).minusDays(1),
                    List.of(new Signatory("Région " + campus.regionName(), i == 1 ? "Camille Lefort" : "Claire Vasseur",
                                    "Vice-présidente chargée des lycées et de la formation", signed,
                                    new BigDecimal(120_000 + 30_000 * i), "Ingénierie et animation du campus sur trois ans"),
                            new Signatory("Rectorat de l’académie de " + campus.academyName(), "Jean Delattre",
                                    "Recteur de la région académique", signed.plusDays(3),
                                    new BigDecimal(45_000), "Décharge de service du directeur opérationnel"),
                            new Signatory("Rectorat de l’académie de " + campus.academyName(), "Sophie Marchand",
                                    "Déléguée régionale académique à la formation professionnelle initiale et continue", signed.plusDays(3),
                                    null, null)));
            foundations.recordAgreement(admin, campus.id(), null, terms, null, null);
            OrganisationSummary school = directory.partnersOf(campus.id()).stream().map(Partner::organisation)
                    .filter(o -> o.kind() == OrganisationKind.SCHOOL).findFirst().orElse(null);
            foundations.declareStructure(admin, campus.id(), null, school == null
                    ? new CarryingStructureDetails(LegalForm.OTHER, "Convention de groupement sans personnalité morale", null)
                    : new CarryingStructureDetails(LegalForm.SUPPORT_ESTABLISHMENT, null, school.id()));
        }
    }
}
