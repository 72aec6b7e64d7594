package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.platform.Spreadsheet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The results of a kind of campaign as a spreadsheet: one row per trade and period, masked figures left empty with the reason. */
final class SurveyExport {

    private SurveyExport() {
    }

    static Spreadsheet.Table table(ClusterCard cluster, SurveyKind kind, List<SurveyQueries.TradeResults> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyQueries.TradeResults trade : results) {
            for (SurveyQueries.Cell c : trade.cells()) {
                rows.add(c.masked()
                        ? Arrays.asList(c.periodLabel(), c.campaignTitle(), trade.label(), trade.tradeCode(), null, null, null, null, null, null,
                        "Masqué : " + c.maskReason())
                        : Arrays.asList(c.periodLabel(), c.campaignTitle(), trade.label(), trade.tradeCode(), c.answers(), c.tensionPercent(),
                        c.unfilled(), c.hiringNeeds(), c.forecast(), String.join(" ; ", c.skills()), null));
            }
        }
        return new Spreadsheet.Table(kind.label(),
                List.of("Période", "Campagne", "Métier", "Fiche ROME", "Réponses", "Entreprises en difficulté (%)", "Postes non pourvus",
                        "Besoins de recrutement", "Créations prévues à 3 ans", "Compétences les plus recherchées", "Secret statistique"),
                rows, List.of());
    }
}
