package fr.passerelle.trades.curation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo trade sheets: the hospitality campus « Tourisme et innovation » (Le Touquet) curates four fiches of the ROME
 * sample — head chef, kitchen assistant, tourist reception agent, restaurant pastry cook —, three of them translated
 * into English, one whose yearly review is overdue. Loaded once the demo campuses ({@code DemoData}, order 0) and the
 * current ROME release exist, into a selection still empty; never elsewhere.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
@Order(100)
class DemoCuratedSheets implements ApplicationRunner {

    static final String CAMPUS_NAME = "Campus des métiers et des qualifications Tourisme et innovation";
    private static final Logger log = LoggerFactory.getLogger(DemoCuratedSheets.class);

    private final TradeCuration curation;
    private final CurrentRome rome;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final Clock clock;

    DemoCuratedSheets(TradeCuration curation, CurrentRome rome, CampusRegistry registry, Accounts accounts, Clock clock) {
        this.curation = curation;
        this.rome = rome;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Demo(String code, SheetContent content, int monthsSinceReview) {
    }

    @Override
    public void run(ApplicationArguments args) {
        CampusCard campus = registry.all().stream().filter(c -> c.name().equals(CAMPUS_NAME)).findFirst().orElse(null);
        Actor admin = accounts.byUsername("admin").orElse(null);
        if (campus == null || admin == null) {
            return;
        }
        Owner owner = Owner.campus(campus.id());
        if (!curation.selection(owner).isEmpty()) {
            return;
        }
        if (rome.label("G1601").isEmpty()) {
            log.warn("No current ROME release holding the sample's fiches: the demo trade sheets are not loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(fr.passerelle.platform.Times.current().zone()));
        for (Demo demo : demos()) {
            var entry = curation.add(admin, owner, demo.code());
            List<Integer> skills = rome.skills(demo.code()).stream().limit(4).map(CurrentRome.Skill::ogr).toList();
            var content = new SheetContent(demo.content().french(), demo.content().english(), demo.content().pay(),
                    demo.content().requiredLevel(), skills);
            curation.enrich(admin, owner, entry.id(), entry.version(), content);
            curation.backdateReview(owner, demo.code(), today.minusMonths(demo.monthsSinceReview()), "Direction opérationnelle du campus");
        }
        log.info("Demo trade sheets loaded for {}", campus.name());
    }

    static List<Demo> demos() {
        return List.of(
                new Demo("G1601", new SheetContent(
                        new SheetText("Diriger la brigade de cuisine d’un restaurant de la côte d’Opale, concevoir la carte avec les produits de la mer "
                                + "et du terroir, garantir l’hygiène et la sécurité alimentaire.",
                                "Chef de cuisine, chef de partie, second de cuisine selon la taille de l’établissement.",
                                "CDI le plus souvent ; service du midi et du soir, week-ends ; forte activité d’avril à octobre.",
                                "Cuisines de restaurants traditionnels et gastronomiques, d’hôtels et de thalassothérapies du littoral.",
                                "Travail des produits de la pêche locale (sole, bar, coquille Saint-Jacques).",
                                "Sens de l’organisation sous pression, goût de la transmission aux apprentis.",
                                "Ouvrir son propre établissement, devenir chef exécutif d’un groupe hôtelier."),
                        new SheetText("Lead the kitchen team of a restaurant on the Opal Coast, design the menu around seafood and local produce, "
                                + "ensure food hygiene and safety.",
                                "Head chef, chef de partie or sous-chef depending on the size of the restaurant.",
                                "Mostly permanent contracts; lunch and dinner service, weekends; peak season from April to October.",
                                "Kitchens of traditional and fine-dining restaurants, hotels and seaside spas.",
                                "Cooking the local catch (sole, sea bass, scallops).",
                                "Keeping organised under pressure, passing skills on to apprentices.",
                                "Open one’s own restaurant, become executive chef of a hotel group."),
                        new Pay(2200, 2600, 3000, 4200), 4, List.of()), 2),
                new Demo("G1602", new SheetContent(
                        new SheetText("Préparer les légumes, les poissons et les garnitures, dresser les assiettes sous la conduite du chef, tenir son "
                                + "poste propre.", null, "Contrats saisonniers et CDI ; horaires coupés.",
                                "Brigade de cuisine de restaurant ou d’hôtel.", null, "Ponctualité, esprit d’équipe, endurance.",
                                "Commis, puis chef de partie après deux à trois saisons."),
                        new SheetText("Prepare vegetables, fish and side dishes, plate dishes under the chef’s direction, keep one’s station clean.",
                                null, "Seasonal and permanent contracts; split shifts.", "Restaurant or hotel kitchen team.", null,
                                "Punctuality, team spirit, stamina.", "Kitchen assistant, then chef de partie after two or three seasons."),
                        new Pay(1800, 1900, 2000, 2300), 3, List.of()), 3),
                new Demo("G1101", new SheetContent(
                        new SheetText("Accueillir et renseigner les visiteurs à l’office de tourisme, promouvoir les activités et les hébergements du "
                                + "territoire, vendre des visites et des billets.", null, "Saisonnier ou permanent ; week-ends et jours fériés en saison.",
                                "Offices de tourisme, sites de visite, accueil d’hôtels.", null, "Aisance relationnelle, maîtrise de l’anglais.",
                                "Conseiller en séjour, responsable d’accueil, chargé de promotion touristique."),
                        new SheetText("Welcome and inform visitors at the tourist office, promote the area’s activities and accommodation, sell tours "
                                + "and tickets.", null, "Seasonal or permanent; weekends and public holidays in season.",
                                "Tourist offices, visitor sites, hotel front desks.", null, "People skills, fluent English.",
                                "Travel advisor, front-office manager, tourism promotion officer."),
                        new Pay(1750, 1900, 2000, 2400), 5, List.of()), 14),
                new Demo("G1610", new SheetContent(
                        new SheetText("Réaliser les desserts de la carte et les pâtisseries du restaurant, du petit-déjeuner au dessert à l’assiette.",
                                null, null, "Laboratoire de pâtisserie d’un restaurant ou d’un hôtel.", null, "Précision, créativité.",
                                "Chef pâtissier d’un établissement gastronomique."),
                        SheetText.EMPTY, new Pay(1850, 2000, 2300, 3000), 3, List.of()), 1));
    }
}
