package se.styr.imports.scb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/**
 * SCB's own recorded answers (../shared/data/scb, skipped when absent) read as they are: a data
 * answer, a table's metadata, the configuration, a listing and a search. No total is compared with
 * the sum of its parts: SCB adds cell-key noise.
 */
class ScbRecordedAnswersTest {
  @Test
  void theRecordedDataAnswerGivesEachValueByItsCodes() {
    ScbCube cube = JsonStat2.dataset(ScbFixtures.recorded("TAB6471_data.json"));
    assertThat(cube.size()).isEqualTo(2772);
    assertThat(cube.dimensions())
        .extracting(ScbDimension::id)
        .containsExactly("Region", "Alder", "Kon", "ContentsCode", "Tid");
    assertThat(
            cube.value(
                    Map.of(
                        "Region",
                        "20",
                        "Alder",
                        "80-89",
                        "Kon",
                        "2",
                        "ContentsCode",
                        "000007SF",
                        "Tid",
                        "2026M04"))
                .longValueExact())
        .isEqualTo(11352L);
    assertThat(
            cube.value(Map.of("Region", "01", "Alder", "0-9", "Kon", "TotSa", "Tid", "2026M01"))
                .longValueExact())
        .isEqualTo(245284L);
    assertThat(cube.dimension("Region").label("20")).isEqualTo("Dalarnas län");
    assertThat(cube.dimension("Kon").codes()).containsExactly("TotSa", "1", "2");
    assertThat(cube.role("time")).containsExactly("Tid");
    assertThat(cube.role("metric")).containsExactly("ContentsCode");
    assertThat(cube.updated()).isEqualTo("2026-06-08T06:00:00Z");
    assertThat(cube.cells().get(2771).value().intValue()).isEqualTo(54);
  }

  @Test
  void theRecordedMetadataNamesVariablesTimeContentsAndElimination() {
    ScbTable table = ScbAnswers.metadata(ScbFixtures.recorded("TAB6471_metadata.json"));
    assertThat(table.id()).isEqualTo("TAB6471");
    assertThat(table.variables())
        .extracting(ScbVariable::code)
        .containsExactly("Region", "Alder", "Kon", "ContentsCode", "Tid");
    assertThat(table.variable("Region").values()).hasSize(312).contains("2061");
    assertThat(table.variable("Region").labels()).containsEntry("2061", "Smedjebacken");
    assertThat(table.variable("Region").elimination()).isTrue();
    assertThat(table.variable("Tid").time()).isTrue();
    assertThat(table.variable("Tid").elimination()).isFalse();
    assertThat(table.variable("ContentsCode").contents()).isTrue();
    assertThat(table.variable("Alder").values()).contains("100+", "TotSA", "-4", "0-9");
  }

  @Test
  void theRecordedConfigurationGivesTheCellLimitAndTheCallRate() {
    ScbConfig config = ScbAnswers.config(ScbFixtures.recorded("config.json"));
    assertThat(config.maxDataCells()).isEqualTo(150_000);
    assertThat(config.maxCallsPerTimeWindow()).isEqualTo(3);
    assertThat(config.timeWindow()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.defaultLanguage()).isEqualTo("sv");
    assertThat(config.statesRate()).isTrue();
  }

  @Test
  void theRecordedListingIsAPageWithTheAddressOfTheNext() {
    ScbTablePage page = ScbAnswers.tables(ScbFixtures.recorded("tables.json"));
    assertThat(page.tables()).hasSize(20);
    assertThat(page.pageNumber()).isEqualTo(1);
    assertThat(page.totalPages()).isEqualTo(213);
    assertThat(page.totalElements()).isEqualTo(4246);
    assertThat(page.next()).endsWith("pageNumber=2");
    ScbTableInfo first = page.tables().get(0);
    assertThat(first.id()).isEqualTo("TAB4707");
    assertThat(first.timeUnit()).isEqualTo("Monthly");
    assertThat(first.statistics()).isEqualTo("AM0211A");
    assertThat(first.variableNames()).contains("kön", "månad");
  }

  @Test
  void theRecordedSearchIsOnePageWithoutNext() {
    ScbTablePage page = ScbAnswers.tables(ScbFixtures.recorded("search.json"));
    assertThat(page.tables()).hasSize(10);
    assertThat(page.hasNext()).isFalse();
    assertThat(page.tables())
        .filteredOn(t -> t.id().equals("TAB6473"))
        .singleElement()
        .extracting(ScbTableInfo::statistics)
        .isEqualTo("BE0101G");
  }

  @Test
  void allOfTheRecordedTableIsSplitIntoCallsWithinTheCellLimitCoveringEveryCellOnce() {
    ScbTable table = ScbAnswers.metadata(ScbFixtures.recorded("TAB6471_metadata.json"));
    ScbSelection all =
        ScbSelection.of("TAB6471")
            .all("Region")
            .all("Alder")
            .all("Kon")
            .all("ContentsCode")
            .all("Tid");
    List<ScbSelection> parts = ScbRequests.split(all, table, 150_000);
    assertThat(parts).allSatisfy(p -> assertThat(p.cells()).isLessThanOrEqualTo(150_000));
    assertThat(parts.stream().mapToLong(ScbSelection::cells).sum())
        .isEqualTo(312L * 134 * 3 * 1 * 16);
    // the widest variable, Region (312 codes), is the one cut
    assertThat(parts.get(0).values().get("Region")).hasSizeLessThan(312);
    assertThat(parts.get(0).values().get("Alder")).hasSize(134);
  }

  @Test
  void aMonthlyTableIsNoPopulationByYear() {
    ScbCube cube = JsonStat2.dataset(ScbFixtures.recorded("TAB6471_data.json"));
    assertThatThrownBy(() -> Population.of(cube))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(InvalidValueException.textOf(e).key()).isEqualTo("scb.population.year");
              assertThat(InvalidValueException.textOf(e).arguments()).containsExactly("2026M01");
            });
  }
}
