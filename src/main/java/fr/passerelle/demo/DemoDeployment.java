package fr.passerelle.demo;

import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.labelling.DeploymentPlans;
import fr.passerelle.labelling.PreparedProject;
import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The regional deployment plans of the current year for two régions: Hauts-de-France, prepared by its coordination,
 * with two dossiers of the demonstration call (one whose regional opinions are given) and two projects without a
 * dossier yet, one of them late on its Carif-Oref study; and Auvergne-Rhône-Alpes, in preparation, with two projects.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoDeployment {

    private final DeploymentPlans plans;
    private final Accounts accounts;
    private final Directory directory;
    private final Clock clock;

    DemoDeployment(DeploymentPlans plans, Accounts accounts, Directory directory, Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    void load(UUID submittedDossier, UUID dossierWithOpinions) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        hautsDeFrance(accounts.byUsername("coordination").orElseThrow(), year, today, submittedDossier, dossierWithOpinions);
        auvergneRhoneAlpes(accounts.byUsername("admin").orElseThrow(), year, today);
    }

    private void hautsDeFrance(Actor coordination, int year, LocalDate today, UUID submittedDossier, UUID dossierWithOpinions) {
        UUID plan = plans.open(coordination, DemoData.DEMO_REGION, year);
        plans.prioritise(coordination, plan, Sector.MOBILITY, "Aéronautique et ferroviaire : près de 4 000 recrutements par an attendus "
                + "d'ici cinq ans selon l'étude prospective de la DREETS, dont la moitié au niveau bac + 2 et plus.");
        plans.prioritise(coordination, plan, Sector.ENERGY_TRANSITION, "Hydrogène, éolien en mer et réseaux de chaleur sur le littoral : "
                + "la stratégie régionale (SRDEII) et le CPRDFOP en font une filière d'avenir sans campus aujourd'hui.");
        plans.prioritise(coordination, plan, Sector.DIGITAL, "Cybersécurité et données : les entreprises du territoire peinent à recruter ; "
                + "l'Aisne et l'Oise n'ont aucune offre de niveau 5 dans ces métiers.");
        plans.adopt(coordination, plan, today.minusDays(60));

        UUID lille = lead("59");
        if (dossierWithOpinions != null) {
            UUID project = plans.addProject(coordination, plan, new PreparedProject(dossierWithOpinions, null, null, List.of(), lille, "59350",
                    null, "Dossier déposé à l'appel de cette année ; avis régionaux rendus."));
            plans.addMilestone(coordination, project, done(SupportStep.DREETS_STUDY, today.minusDays(120), today.minusDays(112), null,
                    "Étude des besoins en compétences de la filière, présentée au comité régional."));
            plans.addMilestone(coordination, project, done(SupportStep.PARTNERS_MEETING, today.minusDays(90), today.minusDays(88), null,
                    "Réunion avec la branche, l'université et les lycées du bassin."));
            plans.addMilestone(coordination, project, done(SupportStep.SUPPORT_LETTER, today.minusDays(60), today.minusDays(55),
                    "Président de l'UIMM Hauts-de-France", null));
            plans.addMilestone(coordination, project, planned(SupportStep.CAEN_PASSAGE, today.minusDays(25), null, "Séance plénière du CAEN."));
            plans.addMilestone(coordination, project, planned(SupportStep.CREFOP_PASSAGE, today.minusDays(18), null, null));
        }
        if (submittedDossier != null) {
            UUID project = plans.addProject(coordination, plan, new PreparedProject(submittedDossier, null, null, List.of(), null, "80021",
                    null, null));
            plans.addMilestone(coordination, project, done(SupportStep.CARIF_OREF_STUDY, today.minusDays(70), today.minusDays(65), null,
                    "Diagnostic emploi-formation du bassin amiénois."));
            plans.addMilestone(coordination, project, planned(SupportStep.CAEN_PASSAGE, today.plusDays(20), null, null));
            plans.addMilestone(coordination, project, planned(SupportStep.CREFOP_PASSAGE, today.plusDays(30), null, null));
        }
        UUID dunkerque = plans.addProject(coordination, plan, new PreparedProject(null, "Campus Hydrogène et mobilités décarbonées du Dunkerquois",
                Sector.ENERGY_TRANSITION, List.of("09"), lille, "59183", year + 1, "Projet né du comité régional de l'hydrogène."));
        plans.addMilestone(coordination, dunkerque, planned(SupportStep.CARIF_OREF_STUDY, today.minusDays(30), null,
                "Étude de l'offre de formation attendue du Carif-Oref : relancée."));
        plans.addMilestone(coordination, dunkerque, planned(SupportStep.PARTNERS_MEETING, today.plusDays(15), null,
                "Réunion avec la Communauté urbaine, le port et les industriels."));
        plans.addMilestone(coordination, dunkerque, planned(SupportStep.SUPPORT_LETTER, today.plusDays(45),
                "Président de la Communauté urbaine de Dunkerque", null));
        UUID laon = plans.addProject(coordination, plan, new PreparedProject(null, "Campus Numérique et cybersécurité de l'Aisne", Sector.DIGITAL,
                List.of("20"), lead("02"), "02408", year + 2, null));
        plans.addMilestone(coordination, laon, planned(SupportStep.DREETS_STUDY, today.plusDays(10), null, null));
    }

    private void auvergneRhoneAlpes(Actor admin, int year, LocalDate today) {
        UUID plan = plans.open(admin, "84", year);
        plans.prioritise(admin, plan, Sector.MECHATRONICS, "Microélectronique et robotique autour de Grenoble : investissements industriels "
                + "majeurs et besoins de techniciens supérieurs.");
        plans.prioritise(admin, plan, Sector.TOURISM, "Tourisme de montagne quatre saisons : adaptation des métiers au changement climatique.");
        UUID grenoble = plans.addProject(admin, plan, new PreparedProject(null, "Campus Microélectronique et semi-conducteurs des Alpes",
                Sector.MECHATRONICS, List.of("08"), lead("38"), "38185", year + 1, null));
        plans.addMilestone(admin, grenoble, done(SupportStep.DREETS_STUDY, today.minusDays(40), today.minusDays(35), null, null));
        plans.addMilestone(admin, grenoble, planned(SupportStep.PARTNERS_MEETING, today.plusDays(25), null, null));
        UUID clermont = plans.addProject(admin, plan, new PreparedProject(null, "Campus Tourisme de montagne et thermalisme", Sector.TOURISM,
                List.of("06", "08"), null, "63113", year + 1, null));
        plans.addMilestone(admin, clermont, planned(SupportStep.CARIF_OREF_STUDY, today.plusDays(40), null, null));
    }

    /** A school or training organisation of the directory in the département, to lead a project; null when there is none. */
    private UUID lead(String department) {
        for (OrganisationKind kind : List.of(OrganisationKind.SCHOOL, OrganisationKind.UNIVERSITY, OrganisationKind.APPRENTICE_CENTRE)) {
            for (OrganisationSummary o : directory.ofKind(kind, 500)) {
                if (o.municipalityCode() != null && o.municipalityCode().startsWith(department)) {
                    return o.id();
                }
            }
        }
        return null;
    }

    private static SupportMilestone done(SupportStep step, LocalDate planned, LocalDate done, String signatory, String note) {
        return new SupportMilestone(step, planned, done, signatory, note);
    }

    private static SupportMilestone planned(SupportStep step, LocalDate planned, String signatory, String note) {
        return new SupportMilestone(step, planned, null, signatory, note);
    }
}
