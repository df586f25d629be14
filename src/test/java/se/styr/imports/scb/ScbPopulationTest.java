package se.styr.imports.scb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

/**
 * The population read from a forecast answer shaped like TAB6008 for Smedjebacken (2061), with
 * invented figures. Totals are SCB's own: never compared with, nor made from, their parts.
 */
class ScbPopulationTest {
  private static final String FORECAST = ScbFixtures.constructed("forecast-2061.json");

  private static Population forecast() {
    return Population.of(JsonStat2.dataset(FORECAST));
  }

  private static String key(InvalidValueException e) {
    return InvalidValueException.textOf(e).key();
  }

  @Test
  void aCountIsFoundByRegionSexSingleYearAgeAndYear() {
    Population population = forecast();
    assertThat(population.count("2061", Sex.WOMEN, Age.of(80), 2030)).isEqualTo(112L);
    assertThat(population.count("2061", Sex.MEN, Age.of(0), 2031)).isEqualTo(50L);
    assertThat(population.regions()).containsEntry("2061", "Smedjebacken");
    assertThat(population.years()).containsExactly(2030, 2031);
  }

  @Test
  void theOpenOldestClassIsOneHundredAndOverAndANullCountStaysNull() {
    Population population = forecast();
    assertThat(population.count("2061", Sex.WOMEN, Age.andOver(100), 2030)).isEqualTo(3L);
    assertThat(population.count("2061", Sex.MEN, Age.andOver(100), 2031)).isNull();
    assertThat(population.has("2061", Sex.MEN, Age.of(100), 2031)).isFalse();
  }

  @Test
  void theTotalOfAllAgesIsSCBsOwnReadByItsCode() {
    Population population = forecast();
    assertThat(population.count("2061", Sex.MEN, Age.ALL, 2030)).isEqualTo(5402L);
    assertThat(population.skippedAges()).isEmpty();
  }

  @Test
  void agesAreReadByTheirCodesNotByTheirPlace() {
    // the same answer with its ages in another order (index object reordered)
    String moved =
        FORECAST
            .replace("\"0\": 0,", "\"0\": 9,")
            .replace("\"tot\": 4", "\"tot\": 0")
            .replace("\"0\": 9,", "\"0\": 4,");
    ScbCube cube = JsonStat2.dataset(moved);
    assertThat(cube.dimension("Alder").codes()).startsWith("tot").endsWith("0");
    Population population = Population.of(cube);
    // the values now sit under other ages; what matters is that each is read by its code
    assertThat(population.count("2061", Sex.MEN, Age.of(0), 2030)).isEqualTo(5402L);
    assertThat(population.count("2061", Sex.MEN, Age.ALL, 2030)).isEqualTo(48L);
  }

  @Test
  void classesOfSeveralYearsAreLeftOutAndListed() {
    String classes =
        FORECAST
            .replace("\"1\": \"1 år\"", "\"-4\": \"0-4 år\"")
            .replace("\"1\": 1,", "\"-4\": 1,");
    Population population = Population.of(JsonStat2.dataset(classes));
    assertThat(population.skippedAges()).containsExactly("-4");
    assertThat(population.counts()).noneMatch(c -> c.age().equals(Age.of(1)));
    assertThat(population.counts()).hasSize(16);
  }

  @Test
  void aCubeWithoutSexIsBothSexesTogether() {
    ScbCube cube =
        JsonStat2.dataset(
            """
            {"id":["Region","Civilstand","Alder","ContentsCode","Tid"],"size":[1,1,2,1,1],
             "dimension":{
              "Region":{"category":{"index":{"2061":0},"label":{"2061":"Smedjebacken"}}},
              "Civilstand":{"category":{"index":{"OG":0},"label":{"OG":"ogifta"}}},
              "Alder":{"category":{"index":{"99":0,"100+":1}}},
              "ContentsCode":{"category":{"index":{"BE0101N1":0}}},
              "Tid":{"category":{"index":{"2024":0}}}},
             "value":[7, 2]}
            """);
    Population population = Population.of(cube);
    assertThat(population.count("2061", Sex.TOTAL, Age.of(99), 2024)).isEqualTo(7L);
    assertThat(population.count("2061", Sex.TOTAL, Age.andOver(100), 2024)).isEqualTo(2L);
  }

  @Test
  void aCubeThatIsNoPopulationIsRefusedSayingWhy() {
    String bothBirthplaces =
        """
        {"id":["Region","InrikesUtrikes","Alder","Tid"],"size":[1,2,1,1],
         "dimension":{
          "Region":{"category":{"index":{"2061":0}}},
          "InrikesUtrikes":{"category":{"index":{"1":0,"2":1}}},
          "Alder":{"category":{"index":{"80":0}}},
          "Tid":{"category":{"index":{"2030":0}}}},
         "value":[100, 12]}
        """;
    assertThatThrownBy(() -> Population.of(JsonStat2.dataset(bothBirthplaces)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(key(e)).isEqualTo("scb.population.oneValue");
              assertThat(InvalidValueException.textOf(e).arguments())
                  .containsExactly("InrikesUtrikes", "2");
            });
    assertThatThrownBy(() -> Population.of(JsonStat2.dataset(FORECAST.replace("5402", "5402.5"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(key(e)).isEqualTo("scb.population.notWhole"));
    assertThatThrownBy(() -> forecast().count("2062", Sex.MEN, Age.of(0), 2030))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(key(e)).isEqualTo("scb.population.absent"));
  }

  @Test
  void theSelectionOfAPopulationIsMadeFromTheTablesMetadata() {
    ScbTable table = ScbAnswers.metadata(ScbFixtures.constructed("forecast-metadata.json"));
    ScbSelection selection = PopulationTables.selection(table, List.of("2061"), List.of(2030));
    assertThat(selection.table()).isEqualTo("TAB6008");
    assertThat(selection.values().get("Region")).containsExactly("2061");
    assertThat(selection.values().get("InrikesUtrikes")).containsExactly("1+2");
    assertThat(selection.values().get("ContentsCode")).containsExactly("BE0401X1");
    assertThat(selection.values().get("Alder")).containsExactly("0", "1", "80", "100+", "tot");
    assertThat(selection.values().get("Tid")).containsExactly("2030");
    assertThat(ScbRequests.explicit(selection, table).values().get("Kon"))
        .containsExactly("1", "2");
  }
}
