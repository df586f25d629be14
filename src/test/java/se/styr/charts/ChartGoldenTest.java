package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.styr.budget.BudgetTable;
import se.styr.goals.Indicator;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/**
 * Charts of the demo plans held byte for byte. After an intended change of the drawing, run with
 * {@code -Dstyr.updateGolden=true} once and look at the new files before committing them.
 */
class ChartGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "se", "styr", "charts");

  static Stream<Arguments> charts() {
    PlanDocument trollhattan =
        PlanFileReader.read(Path.of("demo", "trollhattan-omsorgsnamnden-2024.yaml"));
    BudgetTable operating = trollhattan.table("driftsammandrag").orElseThrow();
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo", "sodertalje-omsorgsnamnden-2025.yaml"));
    Indicator adherence =
        sodertalje.goals().indicators().stream()
            .filter(i -> i.key().equals("budgetfoljsamhet"))
            .findFirst()
            .orElseThrow();
    return Stream.of(
        Arguments.of(
            "trollhattan-driftsammandrag-b2024", OperatingBudgetChart.of(operating, "b2024")),
        Arguments.of("trollhattan-driftsammandrag-years", OperatingBudgetChart.ofYears(operating)),
        Arguments.of("sodertalje-budgetfoljsamhet", IndicatorChart.of(adherence)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void drawsTheDemoChartsExactlyAsHeld(String name, Chart chart) throws IOException {
    Path file = GOLDEN.resolve(name + ".svg");
    if (Boolean.getBoolean("styr.updateGolden")) {
      Files.writeString(file, chart.svg(), StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; write it with -Dstyr.updateGolden=true").exists();
    assertThat(chart.svg()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
