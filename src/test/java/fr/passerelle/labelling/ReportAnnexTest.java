package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annex as its readers see it: by theme, a text per year, a value counted from too few rows masked to those who do not run the campus. */
class ReportAnnexTest {

    static final ReportAnnex ANNEX = new ReportAnnex(Instant.EPOCH, "Passerelle", new ReportAnnex.Content(List.of(2024, 2025),
            List.of(new ReportAnnex.Line("STEERING_MEETINGS", "Réunions du COPIL", Theme.GOVERNANCE, Unit.COUNT, "Année civile", 0,
                            List.of(new ReportAnnex.Figure(2024, "2024", new BigDecimal("3"), false), new ReportAnnex.Figure(2025, "2025", null, false))),
                    new ReportAnnex.Line("SATISFACTION", "Satisfaction des membres", Theme.GOVERNANCE, Unit.PERCENT, "Année civile", 5,
                            List.of(new ReportAnnex.Figure(2024, "2024", new BigDecimal("87.5"), true))),
                    new ReportAnnex.Line("MOBILITY", "Mobilités", Theme.CULTURE_MOBILITY, Unit.YES_NO, "Année scolaire", 0,
                            List.of(new ReportAnnex.Figure(2025, "2025-2026", BigDecimal.ONE, false)))),
            null));

    @Test
    void eachThemeListsItsIndicatorsWithATextPerYearOfTheLabel() {
        List<ReportAnnex.ThemeTable> tables = ANNEX.tables(false);
        assertThat(tables).extracting(ReportAnnex.ThemeTable::theme).containsExactly(Theme.GOVERNANCE, Theme.CULTURE_MOBILITY);
        assertThat(tables.get(0).rows().get(0).texts()).containsExactly("3", "—");
        assertThat(tables.get(1).rows().get(0).texts()).containsExactly("—", "oui");
        assertThat(ANNEX.yearHeaders()).containsExactly("2024", "2025");
    }

    @Test
    void aValueCountedFromTooFewRowsIsMaskedToThoseWhoDoNotRunTheCampus() {
        assertThat(ANNEX.tables(false).get(0).rows().get(1).texts().get(0)).isEqualTo("masqué (moins de 5)");
        assertThat(ANNEX.tables(true).get(0).rows().get(1).texts().get(0)).isEqualTo("87,5 %");
    }
}
