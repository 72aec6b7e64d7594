package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.trades.TradeSheet.KnowledgeGroup;
import fr.passerelle.trades.TradeSheet.MacroSkillGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The module's API on the sample release imported at start (src/test/resources/rome/v460, 19 fiches). */
@PasserelleIntegrationTest
class TradesFacadeTest {

    @Autowired
    Trades trades;

    @Test
    void theSampleReleaseIsCurrent() {
        assertThat(trades.currentReleaseVersion()).contains(60);
    }

    @Test
    void aTradeIsFoundByItsCodeWhateverItsCaseAndAnUnknownOneIsNot() {
        assertThat(trades.trade("h2913")).map(TradeSummary::label).contains("Soudeur / Soudeuse");
        assertThat(trades.trade("Z9999")).isEmpty();
        assertThat(trades.trade("pas un code")).isEmpty();
        assertThat(trades.trades(List.of("H2916", "A1101", "Z9999"))).extracting(TradeSummary::code).containsExactly("A1101", "H2916");
    }

    @Test
    void aV3CodeReachesTheFichesThatComeFromIt() {
        assertThat(trades.tradesFromV3(List.of("G1602"))).extracting(TradeSummary::code).containsExactly("G1602", "G1609", "G1610");
        assertThat(trades.tradesFromV3(List.of("H2913", "Z9999"))).extracting(TradeSummary::code).containsExactly("H2913", "H2916");
        assertThat(trades.tradesFromV3(List.of())).isEmpty();
    }

    @Test
    void theSheetSaysEverythingRomeSaysOfTheFiche() {
        TradeSheet sheet = trades.sheet("H2913").orElseThrow();

        assertThat(sheet.label()).isEqualTo("Soudeur / Soudeuse");
        assertThat(sheet.parentCode()).isEqualTo("H2913");
        assertThat(sheet.grandDomainLabel()).isEqualTo("Industrie");
        assertThat(sheet.domainCode()).isEqualTo("H29");
        assertThat(sheet.domainLabel()).isEqualTo("Mécanique, travail des métaux et outillage");
        assertThat(sheet.riasec().major()).isEqualTo("R");
        assertThat(sheet.riasec().majorLabel()).isEqualTo("Réaliste");
        assertThat(sheet.definition()).hasSize(6);
        assertThat(sheet.definition().get(1)).isEqualTo("Assemble des pièces de métal par divers procédés de fusion");
        assertThat(sheet.access()).isNotEmpty();

        assertThat(sheet.jobTitles().get(0).label()).isEqualTo("Soudeur / Soudeuse");
        assertThat(sheet.jobTitles().get(0).principal()).isTrue();
        assertThat(sheet.jobTitles()).hasSize(16);
        assertThat(sheet.rarelyUsedJobTitles()).extracting(JobTitleChoice::label).containsExactly("Braseur / Braseuse");
        assertThat(sheet.jobTitles().get(sheet.jobTitles().size() - 1).label()).isEqualTo("Braseur / Braseuse");

        assertThat(sheet.neighbours()).extracting(TradeSummary::code).containsExactly("H2902", "H2916");
    }

    @Test
    void skillsAreGroupedByMacroSkillInTheTreeTheirCodesEncode() {
        TradeSheet sheet = trades.sheet("H2913").orElseThrow();

        List<MacroSkillGroup> groups = sheet.skills().stream().flatMap(d -> d.macroSkills().stream()).toList();
        MacroSkillGroup assembling = groups.stream().filter(g -> g.ogr() != null && g.ogr() == 300138).findFirst().orElseThrow();
        assertThat(assembling.code().value()).isEqualTo("3D206");
        assertThat(assembling.label()).isEqualTo("Réaliser des opérations de montage, d'assemblage et démontage");
        assertThat(assembling.skills()).anySatisfy(s -> {
            assertThat(s.label()).isEqualTo("Assembler des éléments métalliques");
            assertThat(s.flag()).isEqualTo(CoreFlag.CORE);
        });
        MacroSkillGroup quality = groups.stream().filter(g -> g.ogr() != null && g.ogr() == 300256).findFirst().orElseThrow();
        assertThat(quality.named()).isTrue();
        assertThat(quality.flag()).isEqualTo(CoreFlag.CORE);
        assertThat(sheet.skills()).allSatisfy(d -> assertThat(d.macroSkills()).allSatisfy(g -> {
            if (g.code() != null) {
                assertThat(g.code().domain()).isEqualTo(d.code());
            }
        }));
        assertThat(sheet.skillCount()).isEqualTo(22);

        assertThat(sheet.softSkills()).extracting(TradeSheet.SoftSkill::label)
                .contains("Faire preuve d'autonomie", "Avoir l'esprit d'équipe");
        assertThat(sheet.softSkills()).hasSize(4);
    }

    @Test
    void savoirsComeByCategoryWithCertificationsAndLicencesLast() {
        TradeSheet sheet = trades.sheet("H2913").orElseThrow();

        KnowledgeGroup last = sheet.knowledge().get(sheet.knowledge().size() - 1);
        assertThat(last.certifications()).isTrue();
        assertThat(last.category()).isEqualTo("Certifications et habilitations");
        assertThat(last.items()).extracting(TradeSheet.KnowledgeLine::label).contains("CAP métallier", "Qualification soudage par brasage");
        assertThat(sheet.knowledge().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(24);
        assertThat(sheet.workContexts()).isNotEmpty();
        assertThat(sheet.workContexts().stream().mapToInt(g -> g.items().size()).sum()).isEqualTo(8);
        assertThat(sheet.sectors()).anySatisfy(s -> assertThat(s.label()).contains("Métallurgie"));
    }

    @Test
    void anUnknownFicheHasNoSheet() {
        assertThat(trades.sheet("Z9999")).isEmpty();
        assertThat(trades.sheet("../etc")).isEmpty();
        assertThat(trades.neighbours("Z9999")).isEmpty();
    }

    @Test
    void jobTitlesSkillsAndSavoirsAreLookedUpByTheirOgrCodes() {
        assertThat(trades.jobTitle(404475)).map(JobTitleChoice::tradeCode).contains("H2913");
        assertThat(trades.jobTitles(List.of(13861, 999_999_999))).extracting(JobTitleChoice::label).containsExactly("Cuisinier / Cuisinière");
        assertThat(trades.skill(486590)).hasValueSatisfying(s -> {
            assertThat(s.macro()).isFalse();
            assertThat(s.macroCode()).isEqualTo("3D206");
            assertThat(s.softSkill()).isFalse();
        });
        assertThat(trades.skill(300460)).hasValueSatisfying(s -> assertThat(s.softSkill()).isTrue());
        assertThat(trades.knowledge(403190)).hasValueSatisfying(k -> assertThat(k.certification()).isTrue());
        assertThat(trades.knowledge(100007)).hasValueSatisfying(k -> assertThat(k.certification()).isFalse());
        assertThat(trades.knowledge(List.of(999_999_999))).isEmpty();
    }

    @Test
    void thePickerFindsJobTitlesAsTheyAreTypedAccentsAndCaseIgnored() {
        assertThat(trades.searchJobTitles("CUISINIERE", 10)).extracting(JobTitleChoice::ogr).contains(13861);
        assertThat(trades.searchJobTitles("cuisin", 10)).extracting(JobTitleChoice::ogr).contains(13861, 126512);
        assertThat(trades.searchJobTitles("soudeu", 10)).first().satisfies(j -> {
            assertThat(j.principal()).isTrue();
            assertThat(j.label()).startsWith("Soudeur / Soudeuse");
        });
        assertThat(trades.searchJobTitles("soudeuse nucl", 10)).extracting(JobTitleChoice::ogr).containsExactly(489273);
        assertThat(trades.searchJobTitles("soudeu", 3)).hasSize(3);
        assertThat(trades.searchJobTitles("s", 10)).isEmpty();
        assertThat(trades.searchJobTitles("zzzzqx", 10)).isEmpty();
    }
}
