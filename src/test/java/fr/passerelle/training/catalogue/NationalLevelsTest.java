package fr.passerelle.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalLevelsTest {

    @Test
    void theBcnQualificationCodeGivesTheLevelAndZeroGivesNone() {
        assertThat(NationalLevels.fromBcnQualification("04")).isEqualTo(4);
        assertThat(NationalLevels.fromBcnQualification("7")).isEqualTo(7);
        assertThat(NationalLevels.fromBcnQualification("00")).isNull();
        assertThat(NationalLevels.fromBcnQualification("")).isNull();
        assertThat(NationalLevels.fromBcnQualification(null)).isNull();
    }

    @Test
    void eachFileWordingOfTheLevelIsRead() {
        assertThat(NationalLevels.fromWording("niveau7")).isEqualTo(7);
        assertThat(NationalLevels.fromWording("Niveau 6")).isEqualTo(6);
        assertThat(NationalLevels.fromWording("niveau 5 (bac + 2)")).isEqualTo(5);
        assertThat(NationalLevels.fromWording("non inscrit au RNCP")).isNull();
        assertThat(NationalLevels.fromWording("NR")).isNull();
    }

    @Test
    void theFormerLevelsVToIBecomeThreeToSevenAndMentionsFollowTheirShortLabel() {
        assertThat(NationalLevels.fromBcnLevelCode("500", "CAP")).isEqualTo(3);
        assertThat(NationalLevels.fromBcnLevelCode("400", "BAC PRO")).isEqualTo(4);
        assertThat(NationalLevels.fromBcnLevelCode("320", "BTS")).isEqualTo(5);
        assertThat(NationalLevels.fromBcnLevelCode("250", "LP")).isEqualTo(6);
        assertThat(NationalLevels.fromBcnLevelCode("135", "MASTER")).isEqualTo(7);
        assertThat(NationalLevels.fromBcnLevelCode("010", "MC3")).isEqualTo(3);
        assertThat(NationalLevels.fromBcnLevelCode("010", "MC4")).isEqualTo(4);
        assertThat(NationalLevels.fromBcnLevelCode("670", "1E CYC")).isNull();
    }

    @Test
    void theFirstKnownLevelWins() {
        assertThat(NationalLevels.first(null, 5, 4)).isEqualTo(5);
        assertThat(NationalLevels.first(null, null)).isNull();
    }

    @Test
    void lheoWritesTheNationalLevelsAsThirteenToEighteenAndZeroWhenUnknown() {
        assertThat(LheoExport.exitLevel(3)).isEqualTo("13");
        assertThat(LheoExport.exitLevel(8)).isEqualTo("18");
        assertThat(LheoExport.exitLevel(null)).isEqualTo("0");
    }
}
