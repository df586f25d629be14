package se.styr.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styr.documents.model.ReportLayout.Part;
import se.styr.documents.model.ReportLayout.Placement;
import se.styr.followup.report.FollowUpReport;
import se.styr.followup.report.FollowUpReportFile;
import se.styr.followup.report.ReportEconomy;
import se.styr.followup.report.ReportGoals;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanFileReader;

/** A follow-up report printed by the municipality's layout: its order, headings, levels. */
class ReportLayoutPrintTest {
  private static PlanDocument plan;
  private static FollowUpReport report;

  @BeforeAll
  static void lerumsInterimReport() throws IOException {
    plan = PlanFileReader.read(Path.of("demo/lerum-stod-och-omsorgsnamnden-2024.yaml"));
    report =
        FollowUpReportFile.read(
            "lerum-delar-2024.yaml",
            Files.readString(
                Path.of("demo/followup/lerum-delar-2024.yaml"), StandardCharsets.UTF_8),
            plan);
  }

  private static PrintedPlan printed(ReportLayout layout) {
    return FollowUpReportPrinter.print(
        report,
        ReportEconomy.of(report, plan),
        ReportGoals.assess(report, plan),
        Map.of(),
        plan,
        layout);
  }

  private static List<Printed.Heading> headings(PrintedPlan printed) {
    return printed.body().stream()
        .filter(Printed.Heading.class::isInstance)
        .map(Printed.Heading.class::cast)
        .filter(h -> !h.anchor().matches("k-\\d+|ki-\\d+"))
        .toList();
  }

  private static List<String> tables(PrintedPlan printed) {
    return printed.body().stream()
        .filter(Printed.Table.class::isInstance)
        .map(b -> ((Printed.Table) b).table().anchor())
        .sorted()
        .toList();
  }

  @Test
  void theDefaultLayoutPrintsTheEconomyFirstAndTheCommentsLast() throws IOException {
    List<Printed.Heading> headings = headings(printed(ReportLayout.DEFAULT));

    assertThat(headings.get(0).anchor()).isEqualTo("ekonomi");
    assertThat(headings.get(0).text()).isEqualTo("Ekonomi per verksamhetsområde");
    assertThat(headings.get(headings.size() - 1).anchor()).isEqualTo("kommentarer");

    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport delar =
        FollowUpReportFile.read(
            "sodertalje-delar-2025.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);
    PrintedPlan withIndicators =
        FollowUpReportPrinter.print(
            delar,
            ReportEconomy.of(delar, sodertalje),
            ReportGoals.assess(delar, sodertalje),
            Map.of(),
            sodertalje,
            ReportLayout.DEFAULT);
    PrintedTable indicators =
        withIndicators.body().stream()
            .filter(b -> b instanceof Printed.Table t && t.table().anchor().equals("t-indikatorer"))
            .map(b -> ((Printed.Table) b).table())
            .findFirst()
            .orElseThrow();
    // each indicator's values beside its target for the year, the assessment's light after them
    assertThat(indicators.columns().get(1).label()).isEqualTo("Mål 2025");
    PrintedTable.Row hygiene =
        indicators.rows().stream()
            .filter(r -> r.cells().get(2).contains("66"))
            .findFirst()
            .orElseThrow();
    assertThat(hygiene.cells().get(1)).isNotBlank();
    assertThat(hygiene.lights().get(3)).isNotNull();
    assertThat(headings(withIndicators))
        .filteredOn(h -> h.anchor().equals("indikatorer"))
        .singleElement()
        .extracting(Printed.Heading::level)
        .isEqualTo(2);
  }

  @Test
  void theLayoutPutsThePartsInItsOrderUnderItsHeadingsAndTheRestAfterThem() {
    ReportLayout layout =
        new ReportLayout(
            1,
            true,
            false,
            List.of(
                new Placement(Part.GOALS, "Måluppfyllelse", null, false),
                new Placement(Part.INTERNAL_CONTROL, null, 2, false),
                new Placement(Part.PROVIDERS, "Uppföljning av privata utförare", null, true)));

    PrintedPlan printed = printed(layout);
    List<Printed.Heading> headings = headings(printed);

    assertThat(headings.get(0)).isEqualTo(new Printed.Heading(1, "Måluppfyllelse", "mal", true));
    assertThat(headings.get(1).anchor()).isEqualTo("internkontroll");
    assertThat(headings.get(1).level()).isEqualTo(2);
    assertThat(headings.get(2).anchor()).isEqualTo("ekonomi");
    assertThat(headings.get(headings.size() - 1))
        .isEqualTo(
            new Printed.Heading(1, "Bilaga 1: Uppföljning av privata utförare", "utforare", true));
    int appendix = printed.body().indexOf(headings.get(headings.size() - 1));
    assertThat(printed.body().get(appendix - 1)).isInstanceOf(Printed.PageBreak.class);
    assertThat(printed.contentsDepth()).isEqualTo(1);
  }

  @Test
  void aPartAskingForADeeperLevelThanTheHeadingBeforeItPrintsOneBelowThatHeading() {
    ReportLayout layout =
        new ReportLayout(
            2,
            true,
            false,
            List.of(
                new Placement(Part.INDICATORS, null, 3, false),
                new Placement(Part.GOALS, null, 4, false),
                new Placement(Part.COMMENTS, null, 2, false)));

    List<Printed> body = printed(layout).body();
    List<Printed.Heading> all =
        body.stream()
            .filter(Printed.Heading.class::isInstance)
            .map(Printed.Heading.class::cast)
            .toList();

    assertThat(all.get(0).level()).as("the first heading").isEqualTo(1);
    assertThat(all.get(1).level()).isEqualTo(2);
    int previous = 0;
    for (Printed.Heading heading : all) {
      assertThat(heading.level()).as(heading.text()).isLessThanOrEqualTo(previous + 1);
      previous = heading.level();
    }
    // the areas' comments are one level below the part's heading
    Printed.Heading comments =
        all.stream().filter(h -> h.anchor().equals("kommentarer")).findFirst().orElseThrow();
    Printed.Heading firstArea =
        all.stream().filter(h -> h.anchor().equals("k-0")).findFirst().orElseThrow();
    assertThat(firstArea.level()).isEqualTo(comments.level() + 1);
  }

  @Test
  void nothingReportedIsLeftOutWhateverTheLayout() {
    List<Placement> appendices =
        java.util.Arrays.stream(Part.values())
            .map(part -> new Placement(part, null, null, true))
            .toList();
    ReportLayout everyPartAnAppendix = new ReportLayout(2, true, false, appendices);

    PrintedPlan printed = printed(everyPartAnAppendix);

    assertThat(tables(printed)).isEqualTo(tables(printed(ReportLayout.DEFAULT)));
    assertThat(headings(printed))
        .extracting(Printed.Heading::text)
        .allMatch(text -> text.startsWith("Bilaga "));
  }

  @Test
  void withoutTheDeviationChartTheEconomyPrintsNoFigure() {
    assertThat(printed(ReportLayout.DEFAULT).body())
        .hasAtLeastOneElementOfType(Printed.Figure.class);
    assertThat(printed(new ReportLayout(2, false, false, List.of())).body())
        .doesNotHaveAnyElementsOfTypes(Printed.Figure.class);
  }

  @Test
  void eachShippedLayoutPrintsLerumsReportWithEveryTable() {
    List<String> every = tables(printed(ReportLayout.DEFAULT));
    for (String code : List.of("1488", "2061", "1441", "0181", "1440")) {
      assertThat(tables(printed(LayoutFile.forMunicipality(code, null).report())))
          .as("layout of " + code)
          .isEqualTo(every);
    }
  }

  @Test
  void aLayoutAskingForIndicatorChartsDrawsEachIndicatorReportedWithANumberWithTheOccasionsValue()
      throws IOException {
    PlanDocument sodertalje =
        PlanFileReader.read(Path.of("demo/sodertalje-omsorgsnamnden-2025.yaml"));
    FollowUpReport delar =
        FollowUpReportFile.read(
            "sodertalje-delar-2025.yaml",
            Files.readString(
                Path.of("demo/followup/sodertalje-delar-2025.yaml"), StandardCharsets.UTF_8),
            sodertalje);
    long numbers =
        delar.indicators().stream()
            .filter(e -> e.number() != null)
            .map(e -> e.indicator())
            .distinct()
            .count();

    List<Printed.Figure> charts =
        FollowUpReportPrinter.print(
                delar,
                ReportEconomy.of(delar, sodertalje),
                ReportGoals.assess(delar, sodertalje),
                Map.of(),
                sodertalje,
                new ReportLayout(2, false, true, List.of()))
            .body()
            .stream()
            .filter(Printed.Figure.class::isInstance)
            .map(Printed.Figure.class::cast)
            .toList();

    assertThat(charts).hasSize((int) numbers).isNotEmpty();
    Printed.Figure hygiene =
        charts.stream()
            .filter(f -> f.chart().title().contains("basal hygien"))
            .findFirst()
            .orElseThrow();
    // the chart's table holds the value reported at the occasion, for the part of the year it
    // covers
    assertThat(hygiene.chart().table().toString()).contains("66");
    assertThat(printed(ReportLayout.DEFAULT).body())
        .filteredOn(
            b -> b instanceof Printed.Figure f && f.anchor().startsWith("diagram-indikator"))
        .isEmpty();
  }
}
