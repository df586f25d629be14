package se.styr.imports.scb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;

class ScbRequestsTest {
  private static final ScbTable TABLE =
      ScbAnswers.metadata(ScbFixtures.constructed("forecast-metadata.json"));
  private static final ScbCube FORECAST =
      JsonStat2.dataset(ScbFixtures.constructed("forecast-2061.json"));

  private static String key(InvalidValueException e) {
    return InvalidValueException.textOf(e).key();
  }

  @Test
  void theDataPathNamesEveryVariablesCodesAndAsksForJsonStat2() {
    ScbSelection selection =
        ScbSelection.of("TAB6008")
            .with("Region", "2061", "2062")
            .with("Alder", "80", "100+")
            .all("Kon")
            .with("Tid", "2030");
    assertThat(ScbRequests.data(selection, "sv"))
        .isEqualTo(
            "tables/TAB6008/data?lang=sv&valueCodes%5BRegion%5D=2061,2062"
                + "&valueCodes%5BAlder%5D=80,100%2B&valueCodes%5BKon%5D=*"
                + "&valueCodes%5BTid%5D=2030&outputFormat=json-stat2");
    assertThat(ScbRequests.metadata("TAB6008", "en")).isEqualTo("tables/TAB6008/metadata?lang=en");
    assertThat(ScbRequests.tables("folkmängd prognos", 2, 50, "sv"))
        .isEqualTo("tables?lang=sv&query=folkm%C3%A4ngd%20prognos&pageNumber=2&pageSize=50");
  }

  @Test
  void aTableOrVariableThatCannotGoIntoAnAddressIsRefused() {
    assertThatThrownBy(() -> ScbSelection.of("TAB6008/../x"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(key(e)).isEqualTo("scb.badTable"));
    assertThatThrownBy(() -> ScbSelection.of("TAB6008").with("Region]=1&x[", "1"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(key(e)).isEqualTo("scb.badVariable"));
    assertThatThrownBy(() -> ScbSelection.of("TAB6008").with("Region", "2061,2062"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(key(e)).isEqualTo("scb.badCode"));
  }

  @Test
  void aSelectionIsMadeExplicitFromTheMetadataAndRefusesWhatTheTableDoesNotAllow() {
    ScbSelection explicit =
        ScbRequests.explicit(
            ScbSelection.of("TAB6008")
                .with("Region", "2061")
                .with("InrikesUtrikes", "1+2")
                .all("ContentsCode")
                .all("Tid"),
            TABLE);
    assertThat(explicit.values().get("Tid")).containsExactly("2030", "2031", "2032", "2033");
    assertThat(explicit.values()).doesNotContainKeys("Kon", "Alder");
    assertThat(explicit.cells()).isEqualTo(4);
    assertThatThrownBy(
            () ->
                ScbRequests.explicit(
                    ScbSelection.of("TAB6008").with("Region", "2061").all("Tid"), TABLE))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(key(e)).isEqualTo("scb.mustSelect");
              assertThat(InvalidValueException.textOf(e).arguments())
                  .containsExactly("TAB6008", "InrikesUtrikes");
            });
    assertThatThrownBy(
            () ->
                ScbRequests.explicit(
                    ScbSelection.of("TAB6008")
                        .with("Region", "9999")
                        .with("InrikesUtrikes", "1+2")
                        .all("ContentsCode")
                        .all("Tid"),
                    TABLE))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(InvalidValueException.textOf(e).arguments())
                    .containsExactly("Region", "9999"));
  }

  @Test
  void aSelectionOverTheLimitIsSplitAlongTheVariableOfMostCodesAgainAndAgain() {
    ScbSelection selection =
        ScbSelection.of("TAB6008")
            .all("Region")
            .with("InrikesUtrikes", "1+2")
            .all("Kon")
            .all("Alder")
            .all("ContentsCode")
            .all("Tid");
    // 3 regions x 2 sexes x 5 ages x 4 years = 120 cells; at most 7 a call
    List<ScbSelection> parts = ScbRequests.split(selection, TABLE, 7);
    assertThat(parts).allSatisfy(p -> assertThat(p.cells()).isLessThanOrEqualTo(7));
    assertThat(parts.stream().mapToLong(ScbSelection::cells).sum()).isEqualTo(120);
    // Alder (5) is cut first, then Tid (4), the widest left in each piece
    assertThat(parts.get(0).values().get("Alder")).hasSize(1);
    assertThat(parts.get(0).values().get("Tid")).hasSizeLessThan(4);
    assertThat(ScbRequests.split(selection, TABLE, 1000)).hasSize(1);
  }

  @Test
  void theCubesOfASplitMergeBackIntoTheWhole() {
    ScbSelection selection =
        ScbSelection.of("TAB6008")
            .with("Region", "2061")
            .with("InrikesUtrikes", "1+2")
            .all("Kon")
            .all("Alder")
            .all("ContentsCode")
            .with("Tid", "2030", "2031");
    List<ScbCube> cubes = new ArrayList<>();
    for (ScbSelection part : ScbRequests.split(selection, TABLE, 3)) {
      cubes.add(JsonStat2.dataset(ScbSlices.answer(FORECAST, part.values())));
    }
    assertThat(cubes).hasSizeGreaterThan(3);
    ScbCube merged = ScbCubes.merge(cubes);
    assertThat(merged.size()).isEqualTo(FORECAST.size());
    assertThat(merged.cells()).isEqualTo(FORECAST.cells());
    assertThat(merged.dimension("Alder").codes())
        .containsExactlyElementsOf(FORECAST.dimension("Alder").codes());
    assertThat(merged.dimension("Region").label("2061")).isEqualTo("Smedjebacken");
  }

  @Test
  void partsThatDisagreeOrLeaveAGapAreRefusedNamingTheCell() {
    Map<String, List<String>> men = Map.of("Kon", List.of("1"), "Alder", List.of("0"));
    String part = ScbSlices.answer(FORECAST, men);
    String other = part.replace("[48,50]", "[48,51]");
    assertThatThrownBy(
            () -> ScbCubes.merge(List.of(JsonStat2.dataset(part), JsonStat2.dataset(other))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(key(e)).isEqualTo("scb.mergeDisagrees");
              assertThat(InvalidValueException.textOf(e).arguments().get(0).toString())
                  .contains("Kon=1", "Alder=0", "Tid=2031");
            });
    String women80 =
        ScbSlices.answer(FORECAST, Map.of("Kon", List.of("2"), "Alder", List.of("80")));
    assertThatThrownBy(
            () -> ScbCubes.merge(List.of(JsonStat2.dataset(part), JsonStat2.dataset(women80))))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(key(e)).isEqualTo("scb.mergeGap"));
  }
}
