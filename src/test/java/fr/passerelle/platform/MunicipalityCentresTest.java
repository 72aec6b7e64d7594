package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.territory.MunicipalityCentres;
import fr.passerelle.territory.Territories;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PasserelleIntegrationTest
class MunicipalityCentresTest {

    @Autowired
    MunicipalityCentres centres;
    @Autowired
    Territories territories;

    @Test
    void centresAreImportedFromAGeoApiExtractAndBadRowsAreReportedByLineAndColumn() throws Exception {
        String csv = """
                "nom","code","codes_postaux","region_nom","region_code","department_nom","departement_code","longitude","latitude"
                "Lille","59350","59000,59160,59260,59777,59800","Hauts-de-France","32","Nord","59",3.0462,50.6311
                "Nulle part","99999","","","","","",1.0,1.0
                "Amiens","80021","80000,80080,80090","Hauts-de-France","32","Somme","80",abc,49.9
                """;
        var result = centres.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.rejected()).extracting(MunicipalityCentres.Rejected::line, MunicipalityCentres.Rejected::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "code"), org.assertj.core.groups.Tuple.tuple(4L, "longitude"));
        var lille = territories.municipality("59350").orElseThrow();
        assertThat(lille.latitude()).isEqualTo(50.6311);
        assertThat(lille.longitude()).isEqualTo(3.0462);
    }

    @Test
    void notANumberOrABrokenQuoteIsReportedInFrenchAndAControlCharacterIsLeftOut() throws Exception {
        String csv = "\"code\",\"longitude\",\"latitude\"\n"
                + "\"80021\",NaN,49.9\n"
                + "\"80021\",2.3,Infinity\n"
                + "\"800\u000021\",2.2957,49.8942\n"
                + "\"80021,2.3,49.9\n";

        var result = centres.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.updated()).as("the line whose code held a NUL byte, read without it").isEqualTo(1);
        assertThat(result.rejected()).extracting(MunicipalityCentres.Rejected::line, MunicipalityCentres.Rejected::column).startsWith(
                org.assertj.core.groups.Tuple.tuple(2L, "longitude"), org.assertj.core.groups.Tuple.tuple(3L, "latitude"));
        assertThat(result.rejected()).extracting(MunicipalityCentres.Rejected::reason)
                .allSatisfy(reason -> assertThat(reason).doesNotContain("Exception", "EOF", "encapsulated"));
        assertThat(territories.municipality("80021").orElseThrow().latitude()).isEqualTo(49.8942);
    }

    @Test
    void referenceGeographyHoldsEveryRegionAcademyAndCommune() {
        assertThat(territories.regions()).hasSize(18);
        assertThat(territories.regions().stream().filter(r -> r.overseas())).hasSize(5);
        assertThat(territories.academies()).hasSize(30);
        assertThat(territories.academy("70").orElseThrow().name()).isEqualTo("Normandie");
        assertThat(territories.academyOfMunicipality("14118").orElseThrow().code()).isEqualTo("70"); // Caen
        assertThat(territories.searchMunicipalities("saint-etienne", 5)).extracting(m -> m.name()).contains("Saint-Étienne");
    }
}
