package fr.passerelle.indicators.regional;

import fr.passerelle.platform.Times;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the regional strategic committee validated a campus's values of a year, for the campus dashboard's fragment
 * {@code indicators/regional/validated-notice :: notice(campusId, year)}: the date of the validation in force (a
 * reopened one no longer is). The dashboard checks who reads the campus; this says only the date.
 */
@Component("regionalValidatedValues")
public class ValidatedValuesNotice {

    private final IndicatorSnapshots snapshots;

    ValidatedValuesNotice(IndicatorSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** « 14 novembre 2025 », or empty when the committee has not validated the campus's values of that year. */
    @Transactional(readOnly = true)
    public Optional<String> validatedOn(UUID campusId, int year) {
        return snapshots.validatedAt(campusId, year).map(at -> Times.current().longDate(at));
    }
}
