package fr.passerelle.training.catalogue;

import static fr.passerelle.training.TrainingRoute.APPRENTICESHIP;
import static fr.passerelle.training.TrainingRoute.CONTINUING;
import static fr.passerelle.training.TrainingRoute.SCHOOL;
import static fr.passerelle.training.TrainingRoute.VAE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingRoutesTest {

    @Test
    void aBcnDiplomaIsPreparedAtSchool() {
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(true, false, null, false, false, null))).containsExactly(SCHOOL);
    }

    @Test
    void theKitFlagOpensApprenticeshipAndItsRefusalDoesNot() {
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(true, false, true, false, false, null))).containsExactly(SCHOOL, APPRENTICESHIP);
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(true, false, false, false, false, null))).containsExactly(SCHOOL);
    }

    @Test
    void aCfaThatDeliversItOpensApprenticeship() {
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(true, false, null, false, true, null))).contains(APPRENTICESHIP);
    }

    @Test
    void anActiveRncpFicheOpensContinuingEducationAndVae() {
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(false, false, null, true, false, null))).containsExactly(CONTINUING, VAE);
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(false, false, null, false, false, null))).isEmpty();
    }

    @Test
    void routesACampusRecordsAreKept() {
        assertThat(TrainingRoutes.of(new TrainingRoutes.Facts(false, true, null, false, false, Set.of(CONTINUING)))).containsExactly(SCHOOL, CONTINUING);
    }

    @Test
    void routesAreStoredAndReadBackInTheirOrder() {
        assertThat(TrainingRoutes.format(Set.of(VAE, SCHOOL))).isEqualTo("SCHOOL,VAE");
        assertThat(TrainingRoutes.parse("SCHOOL,VAE")).containsExactly(SCHOOL, VAE);
        assertThat(TrainingRoutes.parse("")).isEmpty();
    }
}
