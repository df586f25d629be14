package se.styr.imports.scb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

class ScbJsonStat2Test {
  private static final String SMALL =
      """
      {"version":"2.0","class":"dataset","label":"Liten","source":"SCB",
       "updated":"2026-01-01T06:00:00Z","role":{"time":["Tid"]},
       "id":["Region","Tid"],"size":[2,2],
       "dimension":{
        "Region":{"label":"region","category":{"index":{"2061":0,"2062":1},
          "label":{"2061":"Smedjebacken","2062":"Mora"}}},
        "Tid":{"label":"år","category":{"index":["2030","2031"]}}},
       "status":{"3":".."},
       "value":[10.50, 11, 0, null]}
      """;

  private static Text refusal(String answer) {
    try {
      JsonStat2.dataset(answer);
    } catch (InvalidValueException e) {
      return InvalidValueException.textOf(e);
    }
    throw new AssertionError("not refused: " + answer);
  }

  @Test
  void aValueIsFoundByItsCodesExactlyAndANullStaysNullNeverZero() {
    ScbCube cube = JsonStat2.dataset(SMALL);
    assertThat(cube.value(Map.of("Region", "2061", "Tid", "2030")).toPlainString())
        .isEqualTo("10.50");
    assertThat(cube.value(Map.of("Region", "2062", "Tid", "2030"))).isZero();
    assertThat(cube.value(Map.of("Region", "2062", "Tid", "2031"))).isNull();
    assertThat(cube.status(Map.of("Region", "2062", "Tid", "2031"))).isEqualTo("..");
    assertThat(cube.role("time")).containsExactly("Tid");
    assertThat(cube.label()).isEqualTo("Liten");
  }

  @Test
  void codesKeepTheirLabelsAndACodeWithoutLabelIsItsOwnLabel() {
    ScbCube cube = JsonStat2.dataset(SMALL);
    assertThat(cube.dimension("Region").label("2062")).isEqualTo("Mora");
    assertThat(cube.dimension("Region").label()).isEqualTo("region");
    assertThat(cube.dimension("Tid").codes()).containsExactly("2030", "2031");
    assertThat(cube.dimension("Tid").label("2031")).isEqualTo("2031");
  }

  @Test
  void iterationGoesRowMajorWithTheLastDimensionFastest() {
    List<ScbCell> cells = JsonStat2.dataset(SMALL).cells();
    assertThat(cells)
        .extracting(c -> c.code("Region") + "/" + c.code("Tid"))
        .containsExactly("2061/2030", "2061/2031", "2062/2030", "2062/2031");
    assertThat(cells.get(3).value()).isNull();
    assertThat(cells.get(3).status()).isEqualTo("..");
  }

  @Test
  void theForecastFixtureIsReadWithItsIndexAsObjectAndAsArray() {
    ScbCube cube = JsonStat2.dataset(ScbFixtures.constructed("forecast-2061.json"));
    assertThat(cube.size()).isEqualTo(20);
    assertThat(
            cube.value(Map.of("Region", "2061", "Kon", "2", "Alder", "80", "Tid", "2030"))
                .intValue())
        .isEqualTo(112);
    assertThat(cube.value(Map.of("Region", "2061", "Kon", "1", "Alder", "100+", "Tid", "2031")))
        .isNull();
    assertThat(cube.dimension("Region").label("2061")).isEqualTo("Smedjebacken");
  }

  @Test
  void aDimensionOfOneCodeMayGoWithoutIndex() {
    ScbCube cube =
        JsonStat2.dataset(
            """
            {"id":["ContentsCode"],"size":[1],
             "dimension":{"ContentsCode":{"category":{"label":{"BE0101N1":"Folkmängd"}}}},
             "value":[7]}
            """);
    assertThat(cube.value(Map.of()).intValue()).isEqualTo(7);
    assertThat(cube.dimension("ContentsCode").codes()).containsExactly("BE0101N1");
  }

  @Test
  void aSparseValueObjectLeavesTheCellsItDoesNotNameNull() {
    ScbCube cube = JsonStat2.dataset(SMALL.replace("[10.50, 11, 0, null]", "{\"1\": 5}"));
    assertThat(cube.value(Map.of("Region", "2061", "Tid", "2031")).intValue()).isEqualTo(5);
    assertThat(cube.value(Map.of("Region", "2061", "Tid", "2030"))).isNull();
  }

  @Test
  void aValueArrayOfTheWrongLengthIsRefusedWithBothCounts() {
    Text text = refusal(SMALL.replace("[10.50, 11, 0, null]", "[1, 2, 3]"));
    assertThat(text.key()).isEqualTo("scb.valueCount");
    assertThat(text.arguments()).containsExactly("3", "4");
  }

  @Test
  void aValueThatIsNoNumberIsRefusedNamingItsPlaceAndCodes() {
    Text text = refusal(SMALL.replace("[10.50, 11, 0, null]", "[1, 2, \"3,5\", 4]"));
    assertThat(text.key()).isEqualTo("scb.notNumber");
    assertThat(text.arguments()).containsExactly("2", "Region=2062, Tid=2030", "\"3,5\"");
  }

  @Test
  void anIndexThatDisagreesWithSizeIsRefusedNamingTheDimension() {
    Text text = refusal(SMALL.replace("\"size\":[2,2]", "\"size\":[3,2]"));
    assertThat(text.key()).isEqualTo("scb.sizeMismatch");
    assertThat(text.arguments()).containsExactly("Region", "2", "3");
  }

  @Test
  void aPositionOutsideTheDimensionOrTakenTwiceIsRefusedNamingDimensionCodeAndPlace() {
    Text outside = refusal(SMALL.replace("\"2062\":1}", "\"2062\":2}"));
    assertThat(outside.key()).isEqualTo("scb.badPosition");
    assertThat(outside.arguments()).containsExactly("Region", "2062", "2", "2");
    Text twice = refusal(SMALL.replace("\"2062\":1}", "\"2062\":0}"));
    assertThat(twice.key()).isEqualTo("scb.badPosition");
    Text codeTwice = refusal(SMALL.replace("[\"2030\",\"2031\"]", "[\"2030\",\"2030\"]"));
    assertThat(codeTwice.key()).isEqualTo("scb.codeTwice");
    assertThat(codeTwice.arguments()).containsExactly("Tid", "2030");
  }

  @Test
  void aMissingPartIsRefusedNamingIt() {
    assertThat(refusal("<html>").key()).isEqualTo("scb.notJson");
    assertThat(refusal("[]").arguments()).containsExactly("(root)");
    assertThat(refusal(SMALL.replace("\"id\":", "\"ids\":")).arguments()).containsExactly("id");
    assertThat(refusal(SMALL.replace("\"Tid\":{\"label\"", "\"Tiden\":{\"label\"")).arguments())
        .containsExactly("dimension.Tid");
    assertThat(refusal(SMALL.replace("\"value\":", "\"values\":")).arguments())
        .containsExactly("value");
    assertThat(refusal(SMALL.replace("\"time\":[\"Tid\"]", "\"time\":[\"Ar\"]")).arguments())
        .containsExactly("role.time[0]");
  }

  @Test
  void anAnswerLargerThanAnySplitOfSCBsIsRefusedBeforeItIsRead() {
    Text text = refusal(SMALL.replace("\"size\":[2,2]", "\"size\":[100000,100000]"));
    assertThat(text.key()).isEqualTo("scb.tooLarge");
  }

  @Test
  void aCodeOrDimensionTheCubeDoesNotHaveIsRefusedNamingIt() {
    ScbCube cube = JsonStat2.dataset(SMALL);
    assertThatThrownBy(() -> cube.value(Map.of("Region", "2080", "Tid", "2030")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(InvalidValueException.textOf(e).arguments())
                    .containsExactly("Region", "2080"));
    assertThatThrownBy(() -> cube.value(Map.of("Region", "2061", "Tid", "2030", "Kon", "1")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(InvalidValueException.textOf(e).key()).isEqualTo("scb.noSuchDimension"));
  }
}
