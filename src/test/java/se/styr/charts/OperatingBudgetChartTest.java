package se.styr.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.styr.budget.TableBuilder.table;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.styr.budget.BudgetTable;
import se.styr.budget.ColumnType;
import se.styr.budget.RowRole;
import se.styr.budget.TableColumn;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;
import se.styr.shared.SwedishNumbers;

class OperatingBudgetChartTest {

  private static BudgetTable sodertaljeLike() {
    return table("Driftbudget", "mnkr")
        .columns("forslag")
        .role(RowRole.HEADING, "Verksamhet", (String) null)
        .grouped("lss", "Personlig assistans", "112.0")
        .grouped("lss", "Bostad med särskild service", "471.8")
        .subtotal("Summa verksamhetsområde LSS", "583.8")
        .row("Staben", "17.6")
        .row("Nämnd och övrigt", "1.3")
        .total("602.7")
        .build();
  }

  private static BudgetTable aleLike() {
    return table("Ekonomisk sammanställning", "tkr")
        .columns("budget")
        .row("Centralt", "-19094")
        .row("Individ- och familjeomsorg", "-155736")
        .row("Intäkt", "4200")
        .total("-170630")
        .build();
  }

  private static BudgetTable yearsTable() {
    return table("Driftsammandrag", "Mkr")
        .column(TableColumn.of("b2022", "Bokslut 2022", ColumnType.OUTCOME, 2022))
        .column(TableColumn.of("b2024", "Budget 2024", ColumnType.BUDGET, 2024))
        .column(TableColumn.of("p2025", "Plan 2025", ColumnType.PLAN, 2025))
        .column(TableColumn.of("p2026", "Plan 2026", ColumnType.PLAN, 2026))
        .row("Hemtjänst", "263.2", "50.6", "50.6", "51.0")
        .row("Särskilt boende", "242.5", "282.7", null, "290.1")
        .total("505.7", "333.3", "50.6", "341.1")
        .build();
  }

  @Test
  void drawsEachAreaOfOneColumnLeavingOutHeadingsSubtotalsAndTotals() {
    Chart chart = OperatingBudgetChart.of(sodertaljeLike(), "forslag");

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("Personlig assistans", List.of("112,0")),
            tuple("Bostad med särskild service", List.of("471,8")),
            tuple("Staben", List.of("17,6")),
            tuple("Nämnd och övrigt", List.of("1,3")));
    assertThat(IndicatorChartTest.elements(svg, "rect")).hasSize(4);
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("112,0", "471,8", "17,6", "1,3", "forslag (mnkr)")
        .doesNotContain("583,8", "602,7", "Verksamhet", "Summa");
    assertThat(chart.description())
        .isEqualTo(
            "4 verksamhetsområden, forslag i mnkr: störst Bostad med särskild service 471,8, minst"
                + " Nämnd och övrigt 1,3.");
  }

  @Test
  void negativeFiguresExtendLeftOfAZeroLineThatTheAxisIncludes() {
    BudgetTable table = aleLike();
    Chart chart = OperatingBudgetChart.of(table, "budget");
    Scale scale = BarPlot.scale(OperatingBudgetChart.groups(table, List.of(0)));

    assertThat(scale.low).isLessThanOrEqualTo(new BigDecimal("-155736"));
    assertThat(scale.high).isGreaterThanOrEqualTo(new BigDecimal("4200"));
    assertThat(scale.ticks).contains(BigDecimal.ZERO);
    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    Element zero =
        IndicatorChartTest.elements(svg, "line").stream()
            .filter(l -> l.getAttribute("stroke-width").equals("1.5"))
            .findFirst()
            .orElseThrow();
    double zeroX = Double.parseDouble(zero.getAttribute("x1"));
    List<Element> bars = IndicatorChartTest.elements(svg, "rect");
    assertThat(bars).hasSize(3);
    assertThat(
            Double.parseDouble(bars.get(0).getAttribute("x"))
                + Double.parseDouble(bars.get(0).getAttribute("width")))
        .isCloseTo(zeroX, org.assertj.core.data.Offset.offset(0.11));
    assertThat(Double.parseDouble(bars.get(2).getAttribute("x")))
        .isCloseTo(zeroX, org.assertj.core.data.Offset.offset(0.11));
    assertThat(SvgDocuments.texts(svg, "text")).contains("-19 094", "-155 736", "4 200", "0");
  }

  @Test
  void axisTitleAndTableCaptionCarryThePrintedUnit() {
    Chart chart = OperatingBudgetChart.of(yearsTable(), "b2024");

    assertThat(SvgDocuments.texts(SvgDocuments.parse(chart.svg()), "text"))
        .contains("Budget 2024 (Mkr)");
    assertThat(chart.table().caption()).isEqualTo("Driftsammandrag (Mkr)");
    assertThat(chart.table().headers()).containsExactly("Verksamhetsområde", "Budget 2024");
    assertThat(chart.title()).isEqualTo("Driftsammandrag, Budget 2024");
  }

  @Test
  void blankCellsAreNotDrawnAndEmptyInTheTable() {
    Chart chart = OperatingBudgetChart.of(yearsTable(), "p2025");

    Document svg = SvgDocuments.parse(chart.svg());
    assertThat(IndicatorChartTest.elements(svg, "rect")).hasSize(1);
    assertThat(chart.table().rows()).extracting(r -> r.values().get(0)).containsExactly("50,6", "");
  }

  @Test
  void groupedBarsShowEachAreaAcrossTheBudgetAndPlanYearsTellingSeriesApartByPattern() {
    Chart chart = OperatingBudgetChart.ofYears(yearsTable());

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(chart.table().headers())
        .containsExactly("Verksamhetsområde", "Budget 2024", "Plan 2025", "Plan 2026");
    assertThat(chart.table().rows())
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .containsExactly(
            tuple("Hemtjänst", List.of("50,6", "50,6", "51,0")),
            tuple("Särskilt boende", List.of("282,7", "", "290,1")));
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("Budget 2024", "Plan 2025", "Plan 2026", "Belopp (Mkr)")
        .doesNotContain("Bokslut 2022");
    assertThat(svg.getElementsByTagNameNS(Svg.NAMESPACE, "pattern").getLength()).isEqualTo(2);
    List<String> fills =
        IndicatorChartTest.elements(svg, "rect").stream()
            .filter(
                r ->
                    r.getParentNode().getLocalName().equals("g")
                        && !r.getAttribute("width").equals("16"))
            .map(r -> r.getAttribute("fill"))
            .distinct()
            .toList();
    assertThat(fills)
        .containsExactly(
            Palette.SERIES.get(0),
            "url(#budget-driftsammandrag-years-s1)",
            "url(#budget-driftsammandrag-years-s2)");
    assertThat(chart.description())
        .isEqualTo("2 verksamhetsområden, Budget 2024 till Plan 2026, i Mkr.");
  }

  @Test
  void hostileLabelsStayText() {
    BudgetTable table =
        table("Drift ]]> <b>", "tkr")
            .column(TableColumn.of("b", "Budget \"2024\" & <i>", ColumnType.AMOUNT, null))
            .row("<script>alert('x')</script>", "10")
            .row("=HYPERLINK(\"http://x\")", "20")
            .build();

    Chart chart = OperatingBudgetChart.of(table, "b");

    Document svg = SvgDocuments.assertSafeAndAccessible(chart.svg());
    assertThat(SvgDocuments.texts(svg, "text"))
        .contains("<script>alert('x')</script>", "Budget \"2024\" & <i> (tkr)");
    assertThat(SvgDocuments.texts(svg, "title"))
        .first()
        .isEqualTo("Drift ]]> <b>, Budget \"2024\" & <i>");
    assertThat(chart.svg()).doesNotContain("<script", "<b>", "<i>", "]]>");
    assertThat(chart.svg()).contains("id=\"budget-drift-b-b-title\"");
  }

  @Test
  void sameTableGivesByteIdenticalSvg() {
    assertThat(OperatingBudgetChart.ofYears(yearsTable()).svg())
        .isEqualTo(OperatingBudgetChart.ofYears(yearsTable()).svg());
  }

  @Test
  void refusesUnknownColumnsTooManySeriesAndMixedUnits() {
    BudgetTable mixed =
        table("Drift", "tkr")
            .column(TableColumn.of("a", "A", ColumnType.AMOUNT, null))
            .column(new TableColumn("b", "B", ColumnType.SHARE, null, null, "%", null))
            .row("X", "1", "2")
            .build();

    assertThatThrownBy(() -> OperatingBudgetChart.of(yearsTable(), "p2030"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p2030");
    assertThatThrownBy(() -> OperatingBudgetChart.ofColumns(mixed, List.of("a", "b"), "drift"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot share an axis");
    assertThatThrownBy(() -> OperatingBudgetChart.ofColumns(yearsTable(), List.of(), "drift"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperatingBudgetChart.ofYears(aleLike()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void drawsTrollhattansOperatingSummaryFromTheDemoPlan() {
    PlanDocument plan =
        PlanFileReader.read(Path.of("demo", "trollhattan-omsorgsnamnden-2024.yaml"));
    BudgetTable table = plan.table("driftsammandrag").orElseThrow();

    Chart budget = OperatingBudgetChart.of(table, "b2024");
    Chart years = OperatingBudgetChart.ofYears(table);

    Document svg = SvgDocuments.assertSafeAndAccessible(budget.svg());
    assertThat(budget.table().rows())
        .hasSize(7)
        .extracting(ChartTable.Row::label, ChartTable.Row::values)
        .contains(
            tuple("Särskilt boende för äldre", List.of("282 660")),
            tuple("Hemtjänst", List.of("50 643")),
            tuple("Boende med särskild service, boende enl. LSS & bistånd", List.of("406 195")));
    assertThat(budget.table().rows()).extracting(ChartTable.Row::label).doesNotContain("Summa");
    assertThat(SvgDocuments.texts(svg, "text")).contains("282 660", "42 690", "Budget 2024 (Mkr)");
    assertThat(budget.description())
        .contains("störst Boende med särskild service, boende enl. LSS & bistånd 406 195");
    SvgDocuments.assertSafeAndAccessible(years.svg());
    assertThat(years.table().headers())
        .containsExactly(
            "Verksamhetsområde", "Budget 2023", "Budget 2024", "Plan 2025", "Plan 2026");
    assertThat(years.table().rows().get(0).values())
        .containsExactly("270 873", "282 660", "282 660", "282 660");
    for (ChartTable.Row row : budget.table().rows()) {
      BigDecimal stated =
          table
              .row(
                  table.rows().stream()
                      .filter(r -> r.label().equals(row.label()))
                      .findFirst()
                      .orElseThrow()
                      .key())
              .orElseThrow()
              .cell(table.columnIndex("b2024").getAsInt())
              .value();
      assertThat(SwedishNumbers.parse(row.values().get(0))).contains(stated);
    }
    SvgDocuments.write("trollhattan-driftsammandrag-2024", budget.svg());
    SvgDocuments.write("trollhattan-driftsammandrag-years", years.svg());
  }

  @Test
  void drawsAlesNegativeNetCostsAndSodertaljesDecimalsFromTheDemoPlans() {
    BudgetTable ale =
        PlanFileReader.read(Path.of("demo", "ale-socialnamnden-2024.yaml"))
            .table("ekonomisk-sammanstallning")
            .orElseThrow();
    BudgetTable sodertalje =
        PlanFileReader.read(Path.of("demo", "sodertalje-omsorgsnamnden-2025.yaml"))
            .tables()
            .stream()
            .filter(t -> t.kind() == se.styr.budget.TableKind.OPERATING_SUMMARY)
            .findFirst()
            .orElseThrow();

    Chart negative = OperatingBudgetChart.of(ale, "budget2024");
    Chart decimals = OperatingBudgetChart.of(sodertalje, "forslag2025");

    SvgDocuments.assertSafeAndAccessible(negative.svg());
    SvgDocuments.assertSafeAndAccessible(decimals.svg());
    assertThat(negative.table().rows())
        .extracting(r -> r.values().get(0))
        .containsExactly("-19 094", "-155 736", "-224 748", "-87 774", "-251 115");
    assertThat(decimals.table().rows())
        .extracting(ChartTable.Row::label)
        .doesNotContain(
            "Verksamhet",
            "Summa verksamhetsområde LSS",
            "Summa verksamhetsområde SoL",
            "Nämnden totalt");
    assertThat(decimals.table().rows())
        .extracting(r -> r.values().get(0))
        .contains("0,0", "471,8", "1,3");
    SvgDocuments.write("ale-ekonomisk-sammanstallning-2024", negative.svg());
    SvgDocuments.write("sodertalje-driftbudget-2025", decimals.svg());
    Chart years = OperatingBudgetChart.ofYears(sodertalje);
    SvgDocuments.assertSafeAndAccessible(years.svg());
    assertThat(years.table().headers())
        .containsExactly(
            "Verksamhetsområde", "Fördelad budget enligt VP 2024", "Förslag till budget 2025");
    SvgDocuments.write("sodertalje-driftbudget-years", years.svg());
  }
}
