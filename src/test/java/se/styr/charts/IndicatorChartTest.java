package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.styr.charts.Indicators.indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.styr.goals.GoalPlan;
import se.styr.goals.Indicator;
import se.styr.goals.IndicatorUnit;
import se.styr.goals.Quantity;
import se.styr.plan.PlanFileReader;

class IndicatorChartTest {

  private static Indicator hygiene() {
    return indicator("Följsamhet till basal hygien", IndicatorUnit.PERCENT)
        .key("basal-hygien")
        .value("2021", "58")
        .value("2022", "61.5")
        .value("2023", "64")
        .baseline("2023", "64")
        .target("90%", ">= 90", 2025)
        .target("Öka", "increase", 2026, 2027)
        .build();
  }

  @Test
  void drawsValuesAgainstTargetsAsWellFormedLabelledSvgWithoutStylesOrScripts() {
    Chart chart = IndicatorChart.of(hygiene());

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(SvgDocuments.texts(svg, "title")).first().isEqualTo("Följsamhet till basal hygien");
    assertThat(chart.description())
        .isEqualTo(
            "Värden 2021–2023, senast 64 % (2023), ingående värde 64 % (2023) mot mål 2025–2027: ≥"
                + " 90 % (2025); Öka (2026–2027).");
    assertThat(SvgDocuments.texts(svg, "desc")).containsExactly(chart.description());
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("Värde", "Mål", "Ingående värde", "mål ≥ 90 %", "2021", "2027");
    SvgDocuments.write("sample-percent-against-targets", chart.svg());
  }

  @Test
  void tableHoldsExactlyThePlottedNumbersInSwedishFormat() {
    Indicator indicator =
        indicator("Kostnad per brukare", IndicatorUnit.KR)
            .value("2022", "1325246.5")
            .value("2023", "1400000.25")
            .target("1 450 000", "<= 1450000", 2024)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    assertThat(chart.table().headers()).containsExactly("År", "Värde (kr)", "Mål (kr)");
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("2022", List.of("1 325 246,5", "")),
            tuple("2023", List.of("1 400 000,25", "")),
            tuple("2024", List.of("", "≤ 1 450 000")));
    assertThat(SvgDocuments.texts(SvgDocuments.parse(chart.svg()), "text"))
        .contains("1 325 246,5", "1 400 000,25", "mål ≤ 1 450 000");
  }

  @Test
  void valueAxisCoversEveryValueTargetAndBaseline() {
    Indicator indicator =
        indicator("Väntetid", IndicatorUnit.COUNT)
            .value("2022", "37")
            .value("2023", "12")
            .baseline("2021", "44")
            .target("8", "<= 8", 2025)
            .build();

    Scale scale = LinePlot.scale(IndicatorSeries.of(indicator));

    assertThat(scale.low).isLessThanOrEqualTo(new BigDecimal("8"));
    assertThat(scale.high).isGreaterThanOrEqualTo(new BigDecimal("44"));
    assertThat(scale.ticks).first().isEqualTo(scale.low);
    assertThat(scale.ticks).last().isEqualTo(scale.high);
    assertThat(SvgDocuments.texts(SvgDocuments.parse(IndicatorChart.of(indicator).svg()), "text"))
        .contains(Texts.number(scale.low), Texts.number(scale.high), "Antal");
  }

  @Test
  void indicatorWithNothingToShowSaysNoValuesYetAndHasAnEmptyTable() {
    Chart chart = IndicatorChart.of(indicator("Ny indikator", IndicatorUnit.PERCENT).build());

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(SvgDocuments.texts(svg, "text")).containsExactly("Inga värden ännu");
    assertThat(chart.description()).isEqualTo("Inga värden ännu.");
    assertThat(chart.table().rows()).isEmpty();
    assertThat(chart.table().headers()).containsExactly("År", "Värde (%)", "Mål (%)");
  }

  @Test
  void indicatorWithTargetsButNoValuesDrawsTheTargetsAndSaysNoValuesYet() {
    Chart chart =
        IndicatorChart.of(
            indicator("Antal till arbete", IndicatorUnit.COUNT)
                .target("4", ">= 4", 2025)
                .target("Öka", "increase", 2026, 2027)
                .build());

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("Inga värden ännu", "mål ≥ 4")
        .doesNotContain("Värde");
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label)
        .containsExactly("2025", "2026", "2027");
  }

  @Test
  void singleValueGetsAnAxisAroundItAndNoLine() {
    Indicator indicator = indicator("Index", IndicatorUnit.INDEX).value("2024", "82").build();

    Chart chart = IndicatorChart.of(indicator);
    Scale scale = LinePlot.scale(IndicatorSeries.of(indicator));

    assertThat(scale.low).isLessThan(new BigDecimal("82"));
    assertThat(scale.high).isGreaterThan(new BigDecimal("82"));
    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(elements(svg, "polyline")).isEmpty();
    assertThat(elements(svg, "circle"))
        .extracting(e -> e.getAttribute("fill"))
        .containsOnly(Palette.VALUE);
    assertThat(chart.description()).isEqualTo("Värde 2024: 82.");
    assertThat(chart.table().rows())
        .singleElement()
        .isEqualTo(new ChartTable.Row("2024", List.of("82", "")));
  }

  @Test
  void yesNoIndicatorIsDrawnAtZeroAndOneLabelledNejAndJa() {
    Indicator indicator =
        indicator("Avtalsuppföljning enligt plan", IndicatorUnit.YES_NO)
            .value("2023", new Quantity.Answer(false))
            .value("2024", new Quantity.Answer(true))
            .target("JA", "yes", 2025)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(SvgDocuments.texts(svg, "text")).contains("Nej", "Ja", "mål Ja");
    SvgDocuments.write("sample-yes-no", chart.svg());
    assertThat(chart.table().rows())
        .extracting(r -> r.values())
        .containsExactly(List.of("Nej", ""), List.of("Ja", ""), List.of("", "Ja"));
  }

  @Test
  void percentAxisLabelsCarryThePercentSign() {
    Document svg = SvgDocuments.parse(IndicatorChart.of(hygiene()).svg());

    List<String> ticks = tickLabels(svg);
    assertThat(ticks).isNotEmpty().allMatch(t -> t.endsWith(" %"));
    assertThat(ticks).contains("90 %");
  }

  @Test
  void negativeValuesAndDecimalsGetAZeroLineAndKeepTheirPrecision() {
    Indicator indicator =
        indicator("Budgetavvikelse", IndicatorUnit.PERCENT)
            .value("2022", "-3.5")
            .value("2023", "1.40")
            .target("+/- 0,5 %", "0 +- 0.5", 2025)
            .build();

    Chart chart = IndicatorChart.of(indicator);
    Scale scale = LinePlot.scale(IndicatorSeries.of(indicator));

    assertThat(scale.low).isLessThanOrEqualTo(new BigDecimal("-3.5"));
    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(elements(svg, "line"))
        .anyMatch(
            l ->
                l.getAttribute("stroke").equals(Palette.AXIS)
                    && l.getAttribute("stroke-width").equals("1.5"));
    assertThat(SvgDocuments.texts(svg, "text")).contains("-3,5 %", "1,40 %", "0 %");
    SvgDocuments.write("sample-negative-with-band", chart.svg());
    assertThat(chart.table().rows())
        .extracting(r -> r.values().get(0))
        .containsExactly("-3,5", "1,40", "");
  }

  @Test
  void bandTargetIsShadedBetweenItsDashedEdges() {
    Indicator indicator =
        indicator("Budgetföljsamhet", IndicatorUnit.PERCENT)
            .baseline(null, "1.4")
            .target("+/- 0,5 %", "0 +- 0.5", 2025, 2026, 2027)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(elements(svg, "polygon"))
        .anyMatch(p -> p.getAttribute("fill").equals(Palette.BAND_TINT));
    assertThat(elements(svg, "polyline"))
        .filteredOn(p -> p.getAttribute("stroke-dasharray").equals(Palette.TARGET_DASH))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(SvgDocuments.texts(svg, "text")).contains("Målintervall", "mål 0 ± 0,5 %");
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("Ingående värde", List.of("1,4", "")),
            tuple("2025", List.of("", "0 ± 0,5 (-0,5 till 0,5)")),
            tuple("2026", List.of("", "0 ± 0,5 (-0,5 till 0,5)")),
            tuple("2027", List.of("", "0 ± 0,5 (-0,5 till 0,5)")));
    assertThat(chart.table().notes())
        .containsExactly(
            "Ingående värde anger inget år och visas vid 2024, året före det första målåret.");
  }

  @Test
  void targetsWithoutANumberAreListedInTheTableOnly() {
    Indicator indicator =
        indicator("Nöjdhet", IndicatorUnit.PERCENT)
            .value("2023", "80")
            .target("Öka", "increase", 2024)
            .target("Ska följas upp årligen", null, 2025)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.parse(chart.svg());
    assertThat(elements(svg, "polygon")).isEmpty();
    assertThat(SvgDocuments.texts(svg, "text")).doesNotContain("Mål");
    assertThat(chart.table().rows())
        .extracting(r -> r.values().get(1))
        .containsExactly("", "Öka", "Ska följas upp årligen");
    assertThat(chart.table().notes())
        .containsExactly("Mål utan siffra visas bara i tabellen: Öka; Ska följas upp årligen.");
  }

  @Test
  void readingsWithinAYearGiveTheYearsLastAndTheTableSaysSo() {
    Indicator indicator =
        indicator("Sjukfrånvaro", IndicatorUnit.PERCENT)
            .value("2023-T1", "9.1")
            .value("2023-T3", "8.7")
            .value("2024-08", "8.2")
            .value("2024-03", "9.9")
            .build();

    Chart chart = IndicatorChart.of(indicator);

    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("tertial 3 2023", List.of("8,7", "")), tuple("augusti 2024", List.of("8,2", "")));
    assertThat(chart.table().notes())
        .containsExactly(
            "För 2023 finns inget helårsvärde; värdet är det senaste under året, tertial 3 2023.",
            "För 2024 finns inget helårsvärde; värdet är det senaste under året, augusti 2024.");
    assertThat(SvgDocuments.texts(SvgDocuments.parse(chart.svg()), "text"))
        .contains("8,7 %", "8,2 %")
        .doesNotContain("9,1 %", "9,9 %");
  }

  @Test
  void missingValueBreaksTheLineAndReadsSaknas() {
    Indicator indicator =
        indicator("Hemtjänstindex", IndicatorUnit.INDEX)
            .missing("2021")
            .value("2022", "52.5")
            .missing("2023")
            .value("2024", "66.9")
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.parse(chart.svg());
    assertThat(elements(svg, "polyline")).isEmpty();
    assertThat(chart.table().rows())
        .extracting(r -> r.values().get(0))
        .containsExactly("saknas", "52,5", "saknas", "66,9");
  }

  @Test
  void valuesOfASetAreCountedOnAnAxisUpToTheWholeSet() {
    Indicator indicator =
        indicator("Insatser över rikets resultat", IndicatorUnit.COUNT_OF_SET)
            .value("2023", new Quantity.Share(3, 5))
            .value("2024", new Quantity.Share(4, 5))
            .target("Samtliga", "all", 2025)
            .build();

    Chart chart = IndicatorChart.of(indicator);
    Scale scale = LinePlot.scale(IndicatorSeries.of(indicator));

    assertThat(scale.low).isZero();
    assertThat(scale.high).isGreaterThanOrEqualTo(new BigDecimal("5"));
    assertThat(chart.table().rows())
        .extracting(r -> r.values())
        .containsExactly(List.of("3 av 5", ""), List.of("4 av 5", ""), List.of("", "Samtliga"));
  }

  @Test
  void baselinePrintedAsARangeIsDrawnFromLowToHigh() {
    Indicator indicator =
        indicator("Uppföljda beslut", IndicatorUnit.PERCENT)
            .baseline("2024", new Quantity.Range(new BigDecimal("10"), new BigDecimal("15")))
            .target("Öka", "increase", 2025)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(elements(svg, "rect"))
        .filteredOn(r -> r.getAttribute("stroke").equals(Palette.BASELINE))
        .hasSize(3);
    assertThat(SvgDocuments.texts(svg, "text")).contains("10–15 %");
    assertThat(chart.table().rows().get(0))
        .isEqualTo(new ChartTable.Row("Ingående värde 2024", List.of("10–15", "")));
  }

  @Test
  void hostileTextsStayText() {
    String hostile = "<script>alert(\"x\")</script> & ]]> 'q' \u0000\u0007";
    Indicator indicator =
        indicator(hostile, IndicatorUnit.PERCENT)
            .value("2023", "5")
            .target(hostile, "increase", 2024)
            .build();

    Chart chart = IndicatorChart.of(indicator);

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    String shown = "<script>alert(\"x\")</script> & ]]> 'q' \uFFFD\uFFFD";
    assertThat(SvgDocuments.texts(svg, "title")).containsExactly(shown);
    assertThat(SvgDocuments.texts(svg, "desc").get(0))
        .contains("<script>alert(\"x\")</script> & ]]>");
    assertThat(chart.svg())
        .doesNotContain("<script")
        .doesNotContain("]]>")
        .contains("&lt;script&gt;");
    assertThat(chart.table().caption()).isEqualTo(hostile);
  }

  @Test
  void seriesDifferByDashesAndMarkersAsWellAsColour() {
    Document svg = SvgDocuments.parse(IndicatorChart.of(hygiene()).svg());

    List<Element> lines = elements(svg, "polyline");
    assertThat(lines)
        .filteredOn(l -> l.getAttribute("stroke").equals(Palette.VALUE))
        .allMatch(l -> l.getAttribute("stroke-dasharray").isEmpty());
    assertThat(lines)
        .filteredOn(l -> l.getAttribute("stroke").equals(Palette.TARGET))
        .isNotEmpty()
        .allMatch(l -> l.getAttribute("stroke-dasharray").equals(Palette.TARGET_DASH));
    assertThat(elements(svg, "circle")).isNotEmpty();
    assertThat(elements(svg, "polygon")).isNotEmpty();
    assertThat(elements(svg, "rect"))
        .anyMatch(r -> r.getAttribute("stroke").equals(Palette.BASELINE));
  }

  @Test
  void sameIndicatorGivesByteIdenticalSvg() {
    assertThat(IndicatorChart.of(hygiene()).svg()).isEqualTo(IndicatorChart.of(hygiene()).svg());
  }

  @Test
  void idsCarryThePrefixAndUnsafePrefixesAreRefused() {
    Chart chart = IndicatorChart.of(hygiene(), "goal-3_chart");

    Element root = SvgDocuments.parse(chart.svg()).getDocumentElement();
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("goal-3_chart-title");
    assertThat(IndicatorChart.of(hygiene()).svg()).contains("id=\"indicator-basal-hygien-title\"");
    assertThatThrownBy(() -> IndicatorChart.of(hygiene(), "x\" onload=\"alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorChart.of(hygiene(), "1abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void drawsSodertaljesBudgetAdherenceAndWorkIndicatorsFromTheDemoPlan() {
    GoalPlan steering =
        PlanFileReader.read(Path.of("demo", "sodertalje-omsorgsnamnden-2025.yaml")).goals();

    Chart adherence = IndicatorChart.of(demoIndicator(steering, "budgetfoljsamhet"));
    Chart work = IndicatorChart.of(demoIndicator(steering, "dv-till-arbete"));

    SvgDocuments.assertSafeAndAccessible(adherence.svg());
    SvgDocuments.assertSafeAndAccessible(work.svg());
    assertThat(adherence.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .contains(
            tuple("Ingående värde", List.of("1,4", "")),
            tuple("2025", List.of("", "0 ± 0,5 (-0,5 till 0,5)")));
    assertThat(work.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("Ingående värde", List.of("2", "")),
            tuple("2025", List.of("", "≥ 4")),
            tuple("2026", List.of("", "Öka")),
            tuple("2027", List.of("", "Öka")));
    SvgDocuments.write("sodertalje-budgetfoljsamhet", adherence.svg());
    SvgDocuments.write("sodertalje-dv-till-arbete", work.svg());
  }

  @Test
  void drawsLerumsMeasuredValuesFromTheDemoPlan() {
    GoalPlan steering =
        PlanFileReader.read(Path.of("demo", "lerum-stod-och-omsorgsnamnden-2024.yaml")).goals();

    Chart chart = IndicatorChart.of(demoIndicator(steering, "hemtjanstindex"));

    SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(chart.table().rows())
        .extracting(r -> r.values().get(0))
        .containsExactly("saknas", "52,5", "66,9");
    SvgDocuments.write("lerum-hemtjanstindex", chart.svg());
    SvgDocuments.write(
        "lerum-boende-lss-trivs",
        IndicatorChart.of(demoIndicator(steering, "boende-lss-trivs")).svg());
  }

  private static Indicator demoIndicator(GoalPlan steering, String key) {
    return steering.indicators().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  static List<Element> elements(Document svg, String name) {
    NodeList nodes = svg.getElementsByTagNameNS(Svg.NAMESPACE, name);
    List<Element> elements = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (!"defs".equals(element.getParentNode().getLocalName())
          && !"pattern".equals(element.getParentNode().getLocalName())) {
        elements.add(element);
      }
    }
    return elements;
  }

  /** The value axis labels: the texts anchored at their end inside the first group. */
  private static List<String> tickLabels(Document svg) {
    Element axes = (Element) svg.getElementsByTagNameNS(Svg.NAMESPACE, "g").item(0);
    NodeList texts = axes.getElementsByTagNameNS(Svg.NAMESPACE, "text");
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      if (text.getAttribute("text-anchor").equals("end")) {
        labels.add(text.getTextContent());
      }
    }
    return labels;
  }
}
