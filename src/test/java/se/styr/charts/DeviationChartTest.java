package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DeviationChartTest {

  private static final List<DeviationChart.Area> LERUM =
      List.of(
          new DeviationChart.Area("Hemtjänst", new BigDecimal("-5.0")),
          new DeviationChart.Area("Särskilt boende", new BigDecimal("1.2")),
          new DeviationChart.Area("Bistånd", null),
          new DeviationChart.Area("Stab", new BigDecimal("-0.4")));

  @Test
  void drawsABarForEachAreaWithAForecastAndLeavesTheOthersBlank() {
    Chart chart = DeviationChart.of(LERUM, "mkr", "avvikelse");

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(IndicatorChartTest.elements(svg, "rect")).hasSize(3);
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("-5,0", "1,2", "-0,4", "Avvikelse budget − prognos (mkr)");
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("Hemtjänst", List.of("-5,0")),
            tuple("Särskilt boende", List.of("1,2")),
            tuple("Bistånd", List.of("")),
            tuple("Stab", List.of("-0,4")));
    assertThat(chart.table().caption())
        .isEqualTo("Avvikelse mot budget per verksamhetsområde (mkr)");
  }

  @Test
  void theDescriptionNamesTheLargestDeficitAndCountsSurpluses() {
    assertThat(DeviationChart.of(LERUM, "mkr", "avvikelse").description())
        .isEqualTo(
            "4 verksamhetsområden, avvikelse budget − prognos i mkr: 2 med underskott, störst"
                + " Hemtjänst -5,0; 1 med överskott.");
    assertThat(
            DeviationChart.of(
                    List.of(new DeviationChart.Area("Stab", new BigDecimal("2"))),
                    "tkr",
                    "avvikelse")
                .description())
        .isEqualTo(
            "1 verksamhetsområde, avvikelse budget − prognos i tkr: inget underskott, 1 med"
                + " överskott.");
  }

  @Test
  void anOccasionWithoutForecastsSaysSoInsteadOfDrawingZeros() {
    Chart chart =
        DeviationChart.of(
            List.of(new DeviationChart.Area("Stab", null), new DeviationChart.Area("IFO", null)),
            "tkr",
            "avvikelse");

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(IndicatorChartTest.elements(svg, "rect")).isEmpty();
    assertThat(chart.description()).endsWith("ingen prognos lämnad ännu.");
    assertThat(SvgDocuments.texts(svg, "text")).doesNotContain("0");
  }

  @Test
  void thePageGetsItsWordsInTheVisitorsLanguage() {
    Chart chart = DeviationChart.of(LERUM, "mkr", "avvikelse", t -> t.in(java.util.Locale.ENGLISH));

    assertThat(chart.title()).isEqualTo("Deviation from budget per operational area");
    assertThat(chart.description()).startsWith("4 operational areas, deviation budget − forecast");
  }
}
