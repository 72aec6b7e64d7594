package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MacroSkillCodeTest {

    @Test
    void theCodeEncodesDomainStakeAndObjective() {
        MacroSkillCode code = MacroSkillCode.parse("1C101").orElseThrow();

        assertThat(code.domain()).isEqualTo("1");
        assertThat(code.stake()).isEqualTo("1C");
        assertThat(code.objective()).isEqualTo("1C1");
        assertThat(code.value()).isEqualTo("1C101");
    }

    @Test
    void aCodeIsReadWhateverItsCaseAndSurroundingSpaces() {
        assertThat(MacroSkillCode.parse(" 6d108 ")).map(MacroSkillCode::value).contains("6D108");
    }

    @Test
    void anythingElseIsNoCode() {
        assertThat(MacroSkillCode.parse(null)).isEmpty();
        assertThat(MacroSkillCode.parse("")).isEmpty();
        assertThat(MacroSkillCode.parse("1C10")).isEmpty();
        assertThat(MacroSkillCode.parse("C1101")).isEmpty();
        assertThat(MacroSkillCode.parse("1C1011")).isEmpty();
        assertThatThrownBy(() -> new MacroSkillCode("H2913")).isInstanceOf(IllegalArgumentException.class);
    }
}
