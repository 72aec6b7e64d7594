package fr.passerelle.governance.actions;

import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.platform.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The action plan of a year as a table: one row per action, learners reached by audience and by sex, teachers, cost
 * and funding, then a totals row.
 */
final class ActionPlanExport {

    private ActionPlanExport() {
    }

    static Spreadsheet.Table table(int year, List<CampusActions.ActionView> actions) {
        List<String> headers = new ArrayList<>(List.of("Intitulé", "Type", "Statut", "Cause de l’abandon", "Début", "Fin", "Lieu", "Partenaires"));
        Arrays.stream(Audience.values()).forEach(a -> headers.add(a.label()));
        headers.addAll(List.of("Filles ou femmes", "Garçons ou hommes", "Sexe non précisé", "Apprenants touchés", "Enseignants touchés",
                "Coût (€)", "Financement", "Visibilité"));
        List<List<Object>> rows = new ArrayList<>();
        for (var action : actions) {
            ActionDetails d = action.details();
            List<Object> row = new ArrayList<>(List.of(d.title(), d.type().label(), d.status().label()));
            row.addAll(Arrays.asList(d.abandonCause(), d.startsOn(), d.endsOn(), d.place(), action.partnerNames()));
            Arrays.stream(Audience.values()).forEach(a -> row.add(d.learners().getOrDefault(a, Reach.NONE).total()));
            Reach all = action.learnersTotal();
            row.addAll(Arrays.asList(all.girls(), all.boys(), all.unspecified(), all.total(), d.teachers(), d.cost(), action.fundingLabel(),
                    d.visibility().label()));
            rows.add(row);
        }
        var totals = CampusActions.Totals.of(actions);
        List<Object> total = new ArrayList<>(Arrays.asList("Total (" + actions.size() + " actions)", null, null, null, null, null, null, null));
        Arrays.stream(Audience.values()).forEach(a -> total.add(totals.byAudience().get(a).total()));
        total.addAll(Arrays.asList(totals.learners().girls(), totals.learners().boys(), totals.learners().unspecified(), totals.learners().total(),
                totals.teachers(), totals.cost(), null, null));
        return new Spreadsheet.Table("Plan d’actions " + year, headers, rows, List.of(total));
    }
}
