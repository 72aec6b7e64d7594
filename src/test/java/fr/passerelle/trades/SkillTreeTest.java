package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.trades.SkillTree.Row;
import fr.passerelle.trades.TradeSheet.MacroSkillGroup;
import fr.passerelle.trades.TradeSheet.SkillDomain;
import fr.passerelle.trades.TradeSheet.SkillLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillTreeTest {

    private static Row skill(int ogr, String label, CoreFlag flag, Integer macroOgr, String macroLabel, String macroCode) {
        return new Row(ogr, label, false, "Technique", flag, macroOgr, macroLabel, macroCode);
    }

    private static Row macro(int ogr, String label, CoreFlag flag, String code) {
        return new Row(ogr, label, true, "Technique", flag, ogr, label, code);
    }

    @Test
    void skillsAreGroupedUnderTheirMacroSkillAndMacroSkillsUnderTheDomainTheirCodeEncodes() {
        List<SkillDomain> tree = SkillTree.group(List.of(
                skill(1, "Souder à l'arc", CoreFlag.NONE, 300, "Assembler des pièces", "3B201"),
                skill(2, "Braser des tubes", CoreFlag.NONE, 300, "Assembler des pièces", "3B201"),
                skill(3, "Tenir un planning", CoreFlag.NONE, 400, "Organiser le travail", "1C101"),
                macro(500, "Contrôler la conformité", CoreFlag.CORE, "3G304")));

        assertThat(tree).extracting(SkillDomain::code).containsExactly("1", "3");
        assertThat(tree.get(0).macroSkills()).extracting(MacroSkillGroup::label).containsExactly("Organiser le travail");
        assertThat(tree.get(1).macroSkills()).extracting(g -> g.code().value()).containsExactly("3B201", "3G304");
        MacroSkillGroup assembling = tree.get(1).macroSkills().get(0);
        assertThat(assembling.named()).isFalse();
        assertThat(assembling.skills()).extracting(SkillLine::label).containsExactly("Braser des tubes", "Souder à l'arc");
    }

    @Test
    void aMacroSkillTheFicheNamesItselfKeepsItsOwnFlagAndGathersItsSkills() {
        List<SkillDomain> tree = SkillTree.group(List.of(
                macro(500, "Contrôler la conformité", CoreFlag.CORE, "3G304"),
                skill(1, "Contrôler une soudure", CoreFlag.EMERGING, 500, "Contrôler la conformité", "3G304")));

        MacroSkillGroup group = tree.get(0).macroSkills().get(0);
        assertThat(group.named()).isTrue();
        assertThat(group.flag()).isEqualTo(CoreFlag.CORE);
        assertThat(group.skills()).extracting(SkillLine::ogr).containsExactly(1);
    }

    @Test
    void coreSkillsComeFirstThenEmergingOnesThenTheOthersEachAlphabetically() {
        List<SkillDomain> tree = SkillTree.group(List.of(
                skill(1, "Zébrer", CoreFlag.NONE, 300, "Macro", "3B201"),
                skill(2, "Ébarber", CoreFlag.NONE, 300, "Macro", "3B201"),
                skill(3, "Souder", CoreFlag.EMERGING, 300, "Macro", "3B201"),
                skill(4, "Tracer", CoreFlag.CORE, 300, "Macro", "3B201"),
                skill(5, "Assembler", CoreFlag.CORE, 300, "Macro", "3B201")));

        assertThat(tree.get(0).macroSkills().get(0).skills()).extracting(SkillLine::label)
                .containsExactly("Assembler", "Tracer", "Souder", "Ébarber", "Zébrer");
    }

    @Test
    void skillsWithoutAKnownMacroSkillOrCodeComeLastUnderAnHonestHeading() {
        List<SkillDomain> tree = SkillTree.group(List.of(
                skill(1, "Souder", CoreFlag.NONE, null, null, null),
                skill(2, "Tracer", CoreFlag.NONE, 300, "Sans code", null),
                skill(3, "Braser", CoreFlag.NONE, 400, "Assembler", "3B201")));

        assertThat(tree).extracting(SkillDomain::code).containsExactly("3", "");
        assertThat(tree.get(1).macroSkills()).extracting(MacroSkillGroup::label)
                .containsExactly("Sans code", "Sans macro-compétence connue");
        assertThat(tree.get(1).macroSkills()).allSatisfy(g -> assertThat(g.code()).isNull());
    }
}
